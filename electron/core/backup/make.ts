import { createHash } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { Backup, BackupProgress, BackupReason } from '../../../shared/contract/backups';
import { AppError } from '../../../shared/errors';
import { schemaVersion } from '../db/migrate';
import { countRows, isNotADatabase, openDatabase, type Db } from '../db/open';
import { syncDirectory } from '../vault/atomicWrite';
import { removeStrayTempFiles } from '../vault/folder';
import { backupExtension, readBackupHeader, readBackupPayload, writeBackupHeader, writeBackupTrailer } from './format';
import { backupsToRemove } from './rotation';
import { describeBackup, keyCheckOf, listBackupFiles } from './summary';

export interface BackupSource {
  db: Db;
  dataKey: Buffer;
  keyFileText: string;
  vaultId: string;
  nativeBinding?: string | undefined;
}

function fileStamp(at: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${p(at.getMonth() + 1)}-${p(at.getDate())}-${p(at.getHours())}${p(at.getMinutes())}${p(at.getSeconds())}`;
}

function freeName(folder: string, at: Date, reason: BackupReason): string {
  const base = `traject-${fileStamp(at)}-${reason.replace('_', '-')}`;
  for (let n = 1; ; n++) {
    const name = `${base}${n === 1 ? '' : `-${n}`}${backupExtension}`;
    if (!existsSync(join(folder, name))) return name;
  }
}

function asTypedError(error: unknown): unknown {
  const code = (error as { code?: string }).code;
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'SQLITE_IOERR_WRITE') {
    return new AppError('DISK_FULL', 'The disk of the back-up folder is full; no back-up was made and the vault is untouched.');
  }
  if (isNotADatabase(error)) return new AppError('DATABASE_DAMAGED', 'The vault database is damaged: it cannot be copied whole.');
  return error;
}

/** The database file at `from`, copied after the header, with its checksum as trailer. */
function writeBackupFile(path: string, from: string, header: Parameters<typeof writeBackupHeader>[1]): void {
  const out = openSync(path, 'wx', 0o600);
  const input = openSync(from, 'r');
  try {
    writeBackupHeader(out, header);
    const hash = createHash('sha256');
    const chunk = Buffer.alloc(1024 * 1024);
    let position = 0;
    for (;;) {
      const read = readSync(input, chunk, 0, chunk.length, position);
      if (read === 0) break;
      const part = chunk.subarray(0, read);
      hash.update(part);
      writeSync(out, part);
      position += read;
    }
    writeBackupTrailer(out, hash.digest('hex'));
    fsyncSync(out);
  } finally {
    closeSync(input);
    closeSync(out);
  }
}

/**
 * One back-up, step by step (each step yields its progress): copy the database with VACUUM INTO
 * (encrypted under the same key), open that copy on its own and check it (integrity check, row
 * counts equal to the source), write the back-up file, read it back against its checksums, then
 * rename it into place and rotate. Only a renamed file counts as a back-up; a kill leaves a temp
 * file that is never listed and is cleaned later.
 */
export function* backupSteps(source: BackupSource, folder: string, reason: BackupReason, at: Date): Generator<BackupProgress, Backup> {
  const stamp = `${process.pid}.${Date.now()}`;
  const copy = join(folder, `.backup-db.${stamp}.tmp`);
  const written = join(folder, `.backup.${stamp}.tmp`);
  try {
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    removeStrayTempFiles(folder);
    yield { phase: 'copying', percent: 5 };
    const counts = countRows(source.db);
    const version = schemaVersion(source.db);
    source.db.prepare('VACUUM INTO ?').run(copy);
    yield { phase: 'verifying', percent: 55 };
    const check = openDatabase(copy, { key: source.dataKey, readOnly: true, nativeBinding: source.nativeBinding });
    try {
      if (check.pragma('integrity_check', { simple: true }) !== 'ok') {
        throw new AppError('DATABASE_DAMAGED', 'The copy of the vault failed its integrity check; no back-up was made.');
      }
      const copied = countRows(check);
      if (JSON.stringify(copied) !== JSON.stringify(counts)) throw new AppError('INTERNAL', 'The copy does not hold the same rows.');
    } finally {
      check.close();
    }
    yield { phase: 'verifying', percent: 75 };
    const header = {
      format: 'traject-backup' as const,
      version: 1,
      vaultId: source.vaultId,
      createdAt: at.toISOString(),
      reason,
      counts,
      schemaVersion: version,
      keyCheck: keyCheckOf(source.dataKey),
      keyFile: source.keyFileText,
      payloadBytes: 0,
    };
    header.payloadBytes = statSync(copy).size;
    writeBackupFile(written, copy, header);
    rmSync(copy, { force: true });
    const info = readBackupHeader(written);
    readBackupPayload(written, info);
    yield { phase: 'rotating', percent: 90 };
    const name = freeName(folder, at, reason);
    renameSync(written, join(folder, name));
    syncDirectory(folder);
    rotate(folder);
    yield { phase: 'done', percent: 100 };
    return describeBackup(join(folder, name), { ...info }, { keyCheck: header.keyCheck, vaultId: source.vaultId });
  } catch (error) {
    rmSync(copy, { force: true });
    rmSync(written, { force: true });
    throw asTypedError(error);
  }
}

function rotate(folder: string): void {
  const { items } = listBackupFiles(folder, { keyCheck: null, vaultId: null });
  for (const name of backupsToRemove(items)) rmSync(join(folder, name), { force: true });
}

/** Run the steps to the end at once (on lock and on quit, when nobody waits for progress). */
export function makeBackupNow(source: BackupSource, folder: string, reason: BackupReason, at: Date): Backup {
  const steps = backupSteps(source, folder, reason, at);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
