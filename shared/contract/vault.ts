import { z } from 'zod';
import { method } from './define';
import { empty, secretText } from './fields';

export const passphrase = secretText(10, 1024, 'passphrase_too_short');
const existingPassphrase = secretText(1, 1024);
const recoveryKey = z.string().min(1).max(200);

/** The practitioner proves who they are: the passphrase or the recovery key, one of the two. */
export const credentials = z
  .object({ passphrase: existingPassphrase.optional(), recoveryKey: recoveryKey.optional() })
  .strict()
  .refine((v) => (v.passphrase === undefined) !== (v.recoveryKey === undefined), {
    message: 'passphrase_or_recovery_key',
    path: ['passphrase'],
  });

export type VaultState = 'absent' | 'locked' | 'unlocked';

export interface VaultStatus {
  state: VaultState;
  /** Known only while unlocked: the settings live inside the encrypted database. */
  autoLockMinutes: number | null;
  language: 'nl' | 'en' | null;
  /** The vault's folder or file cannot be written (a read-only disk or share): it opens to read only. */
  readOnly: boolean;
}

export const vaultMethods = {
  'vault.status': method<VaultStatus>()(empty, 'Whether a vault exists here and whether it is unlocked.'),
  'vault.create': method<{ recoveryKey: string }>()(
    z.object({ passphrase, language: z.enum(['nl', 'en']).default('nl') }).strict(),
    'Create a new vault, unlock it and return the recovery key (shown once).',
  ),
  'vault.unlock': method<VaultStatus>()(credentials, 'Unlock with the passphrase or the recovery key.'),
  'vault.lock': method<VaultStatus>()(empty, 'Close the database and forget the keys.'),
  'vault.touch': method<{ autoLockAt: string | null }>()(empty, 'Report user activity, postponing auto-lock.'),
  'vault.changePassphrase': method<{ changed: true }>()(
    z.object({ currentPassphrase: existingPassphrase, newPassphrase: passphrase }).strict(),
    'Rewrap the data key under a new passphrase; the recovery key keeps working.',
  ),
  'vault.recover': method<VaultStatus>()(
    z.object({ recoveryKey, newPassphrase: passphrase }).strict(),
    'Forgot the passphrase: the recovery key sets a new one and unlocks the vault.',
  ),
  'vault.newRecoveryKey': method<{ recoveryKey: string }>()(
    z.object({ passphrase: existingPassphrase }).strict(),
    'Make a new recovery key (shown once); the old one stops working.',
  ),
  'vault.rekey': method<{ recoveryKey: string }>()(
    z.object({ passphrase: existingPassphrase }).strict(),
    'Rotate the data key: the database is re-encrypted under a new key, old copies of the key file no longer open it; returns a new recovery key.',
  ),
};
