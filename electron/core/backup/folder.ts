import { accessSync, constants, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { AppError } from '../../../shared/errors';
import { writeFileAtomic } from '../vault/atomicWrite';

/**
 * Where back-ups go. The choice lives beside the database, not in it: a vault that no longer
 * opens must still find its back-ups.
 */
const settingFile = 'backup-folder.json';

export function defaultBackupFolder(vaultDir: string): string {
  return join(vaultDir, 'backups');
}

export function backupFolder(vaultDir: string): string {
  try {
    const path = join(vaultDir, settingFile);
    if (!existsSync(path)) return defaultBackupFolder(vaultDir);
    const { folder } = JSON.parse(readFileSync(path, 'utf8')) as { folder?: unknown };
    return typeof folder === 'string' && isAbsolute(folder) ? folder : defaultBackupFolder(vaultDir);
  } catch {
    return defaultBackupFolder(vaultDir);
  }
}

export function setBackupFolder(vaultDir: string, folder: string | null): void {
  if (folder !== null && !isAbsolute(folder)) {
    throw new AppError('INVALID_INPUT', 'The back-up folder must be a full path.', 'folder', 'not_absolute');
  }
  if (folder !== null) {
    try {
      mkdirSync(folder, { recursive: true, mode: 0o700 });
      accessSync(folder, constants.W_OK);
    } catch {
      throw new AppError('INVALID_INPUT', 'Traject cannot write in this folder.', 'folder', 'not_writable');
    }
  }
  writeFileAtomic(join(vaultDir, settingFile), JSON.stringify({ folder: folder === null ? null : resolve(folder) }));
}
