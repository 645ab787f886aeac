import { readFileSync } from 'node:fs';
import { AppError } from '../../shared/errors';

/** The passphrase comes from the environment or a file, never from an argument (arguments leak into `ps`). */
export function readPassphrase(options: { passphraseFile?: string | undefined }, env = process.env): string | null {
  if (options.passphraseFile) return readSecretFile(options.passphraseFile);
  return env.TRAJECT_PASSPHRASE ?? null;
}

export function readSecretFile(path: string): string {
  try {
    return readFileSync(path, 'utf8').replace(/\r?\n$/, '');
  } catch {
    throw new AppError('INVALID_INPUT', `Cannot read the file ${path}.`, 'passphraseFile');
  }
}
