import { AppError } from '../../../shared/errors';
import { readKeyFile } from '../vault/keyFile';
import type { Vault } from '../vault/vault';

/** Wrong guesses in a row before each next try must wait. */
export const wrongInARowAllowed = 5;
export const waitAfterTooManyMs = 30_000;

const wrongGuesses = new WeakMap<Vault, { count: number; lastAt: number }>();
const wrongCodes = new Set(['WRONG_PASSPHRASE', 'WRONG_RECOVERY_KEY', 'RECOVERY_KEY_MISTYPED']);

/**
 * Whether these are the practitioner's passphrase or recovery key, changing nothing. Each try
 * costs the full key derivation, like an unlock; after five wrong ones in a row every next try
 * waits half a minute, so a client with time on their hands cannot guess their way out. A wrong
 * try goes into the audit log as a failed unlock.
 */
export async function confirmPassphrase(
  vault: Vault,
  credentials: { passphrase?: string | undefined; recoveryKey?: string | undefined },
  now: Date,
): Promise<void> {
  const open = vault.session();
  const field = credentials.recoveryKey !== undefined ? 'recoveryKey' : 'passphrase';
  const wrong = wrongGuesses.get(vault);
  if (wrong && wrong.count >= wrongInARowAllowed && now.getTime() - wrong.lastAt < waitAfterTooManyMs) {
    throw new AppError('TOO_MANY_ATTEMPTS', 'Too many wrong tries in a row; wait half a minute and try again.', field, 'wait_30_seconds');
  }
  let dataKey: Buffer;
  try {
    dataKey = await vault.unwrap(readKeyFile(vault.keyFilePath), credentials);
  } catch (error) {
    if (error instanceof AppError && wrongCodes.has(error.code)) {
      wrongGuesses.set(vault, { count: (wrong?.count ?? 0) + 1, lastAt: now.getTime() });
      vault.record({ event: 'unlock_failed', details: { during: 'client_mode' } });
    }
    throw error;
  }
  try {
    if (!dataKey.equals(open.dataKey)) throw new AppError('KEY_FILE_DAMAGED', 'The key file does not belong to this vault.');
  } finally {
    dataKey.fill(0);
  }
  wrongGuesses.delete(vault);
}
