import { accessSync, chmodSync, constants, existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The vault's own files: folder 0700, files 0600, whoever made them and however the umask was set. */
export function secureVaultFolder(dir: string): void {
  tighten(dir, 0o700);
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    tighten(path, statSync(path).isDirectory() ? 0o700 : 0o600);
  }
}

function tighten(path: string, mode: number): void {
  try {
    if ((statSync(path).mode & 0o777) !== mode) chmodSync(path, mode);
  } catch (error) {
    // A read-only disk or another owner: the vault opens to read, its modes are not ours to change.
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EPERM' && code !== 'EROFS' && code !== 'EACCES' && code !== 'ENOENT') throw error;
  }
}

/** Whether Traject may write here: the folder (for the journal and new files) and the database itself. */
export function isWritable(dir: string, files: readonly string[]): boolean {
  try {
    accessSync(dir, constants.W_OK);
    for (const file of files) if (existsSync(file)) accessSync(file, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Temp files of an atomic write (`.vault.key.<pid>.<time>.tmp`) whose writer died before the rename. */
export function removeStrayTempFiles(dir: string): void {
  for (const name of readdirSync(dir)) {
    const match = /^\.[\w.-]+\.(\d+)\.\d+\.tmp$/.exec(name);
    if (match && !processIsAlive(Number(match[1]))) rmSync(join(dir, name), { force: true });
  }
}
