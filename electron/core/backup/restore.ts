import { closeSync, copyFileSync, existsSync, fsyncSync, mkdirSync, openSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { Backup, Restored } from '../../../shared/contract/backups';
import { AppError } from '../../../shared/errors';
import { AuditTrail } from '../audit/trail';
import { openDatabase, type Db } from '../db/open';
import { applyTombstones, tombstonesBeside, tombstonesIn, type Tombstone } from '../privacy/tombstones';
import { writeFileAtomic } from '../vault/atomicWrite';
import { parseKeyFile, readKeyFile, type KeyFile } from '../vault/keyFile';
import { rekeyDatabase } from '../vault/rawKey';
import { commitSwap, nextDatabase, nextKeyFile } from '../vault/swap';
import type { Vault } from '../vault/vault';
import { backupFolder } from './folder';
import { readBackupHeader, readBackupPayload, type BackupFileInfo } from './format';
import { makeBackupNow } from './make';
import { describeBackup, keyCheckOf } from './summary';

interface Credentials {
  passphrase?: string | undefined;
  recoveryKey?: string | undefined;
}

function readCurrentKeyFile(vault: Vault): KeyFile | null {
  try {
    return readKeyFile(vault.keyFilePath);
  } catch {
    return null; // absent or damaged: the back-up's key file takes its place
  }
}

/** The payload, written out as the database that will go live (synced to disk). */
function extractPayload(path: string, info: BackupFileInfo, to: string): void {
  rmSync(to, { force: true });
  const fd = openSync(to, 'wx', 0o600);
  try {
    readBackupPayload(path, info, (chunk) => writeSync(fd, chunk));
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    rmSync(to, { force: true });
    throw error;
  }
  closeSync(fd);
}

/** Keep the current database before it is replaced: a back-up when it can be read, otherwise its raw (still encrypted) files. */
function keepCurrent(vault: Vault, key: Buffer | null, at: Date): Backup | null {
  if (!existsSync(vault.databasePath)) return null;
  const folder = backupFolder(vault.dir);
  let db: Db | null = null;
  try {
    db = vault.isUnlocked() ? vault.db() : key ? openDatabase(vault.databasePath, { key, nativeBinding: vault.nativeBinding }) : null;
    if (db) {
      return makeBackupNow(
        { db, dataKey: key!, keyFileText: vault.keyFileText(), vaultId: readKeyFile(vault.keyFilePath).vaultId, nativeBinding: vault.nativeBinding },
        folder,
        'before_restore',
        at,
      );
    }
  } catch (error) {
    if (error instanceof AppError && error.code === 'DISK_FULL') throw error;
    // Damaged: fall through and keep the raw files.
  } finally {
    if (db && !vault.isUnlocked()) db.close();
  }
  const raw = join(folder, `before-restore-${at.toISOString().replace(/[:.]/g, '-')}`);
  mkdirSync(raw, { recursive: true, mode: 0o700 });
  for (const name of ['vault.db', 'vault.db-wal', 'vault.key']) {
    if (existsSync(join(vault.dir, name))) copyFileSync(join(vault.dir, name), join(raw, name));
  }
  return null;
}

/**
 * The audit log must not lose what happened after the back-up was made. The back-up's log is a
 * beginning of the current one (the log only grows), so the current entries after it are copied
 * over as they are, MACs and key epochs included. Returns false when the two logs do not share
 * that beginning (then the replaced log stays readable in the "before restore" back-up).
 */
function carryAuditTail(from: Db, to: Db): boolean {
  const last = to.prepare('SELECT id, mac FROM audit_event ORDER BY id DESC LIMIT 1').get() as { id: number; mac: string } | undefined;
  if (last && from.prepare('SELECT mac FROM audit_event WHERE id = ?').pluck().get(last.id) !== last.mac) return false;
  const insert = to.prepare(
    `INSERT INTO audit_event (id, at, event, client_id, trajectory_id, session_id, practitioner, device, details, key_epoch, prev_mac, mac)
     VALUES (@id, @at, @event, @client_id, @trajectory_id, @session_id, @practitioner, @device, @details, @key_epoch, @prev_mac, @mac)`,
  );
  for (const row of from.prepare('SELECT * FROM audit_event WHERE id > ? ORDER BY id').iterate(last?.id ?? 0)) insert.run(row);
  return true;
}

/** The current database, to read from while the restore is prepared: the open one, or opened with the key. */
function withCurrentDatabase<T>(vault: Vault, liveKey: Buffer | null, read: (db: Db) => T, otherwise: T): T {
  if (vault.isUnlocked()) return read(vault.db());
  if (!liveKey || !existsSync(vault.databasePath)) return otherwise;
  try {
    const db = openDatabase(vault.databasePath, { key: liveKey, readOnly: true, nativeBinding: vault.nativeBinding });
    try {
      return read(db);
    } finally {
      db.close();
    }
  } catch {
    return otherwise;
  }
}

/** The erasures the current database knows (when it can be read at all). */
function currentTombstones(vault: Vault, liveKey: Buffer | null): Tombstone[] {
  return withCurrentDatabase(vault, liveKey, tombstonesIn, []);
}

/**
 * Restore a back-up. The current database is kept first (as a "before restore" back-up), the
 * back-up's database is checked, brought up to the current schema, every erasure the vault knows
 * is applied again, and it is re-encrypted under the vault's current key when it was made under
 * another one; then it is swapped in (kill-safe). With the current key file readable and
 * unlocked (or opened by the credentials given), the current passphrase and recovery key keep
 * working; otherwise the back-up's own key file comes back with it.
 */
export async function restoreBackup(vault: Vault, path: string, credentials: Credentials): Promise<Restored> {
  if (vault.isBusy()) throw new AppError('BUSY', 'A back-up is being made; try again when it is done.');
  vault.prepareFolder();
  const info = readBackupHeader(path);
  const header = info.header;
  let backupKeyFile: KeyFile;
  try {
    backupKeyFile = parseKeyFile(header.keyFile);
  } catch {
    throw new AppError('BACKUP_DAMAGED', 'The back-up file is damaged.');
  }
  const currentFile = readCurrentKeyFile(vault);
  if (currentFile && currentFile.vaultId !== header.vaultId) {
    throw new AppError('BACKUP_FROM_OTHER_VAULT', 'This back-up belongs to another vault; nothing was changed.');
  }
  const given = credentials.passphrase !== undefined || credentials.recoveryKey !== undefined;

  // The key the vault keeps: the open one, or the one the credentials open in the current key file.
  let liveKey: Buffer | null = null;
  if (vault.isUnlocked()) liveKey = Buffer.from(vault.writableSession().dataKey);
  else if (currentFile && given) liveKey = await vault.unwrap(currentFile, credentials).catch(() => null);

  // The key the back-up was made under.
  let backupKey: Buffer;
  if (liveKey && keyCheckOf(liveKey) === header.keyCheck) backupKey = Buffer.from(liveKey);
  else if (given) backupKey = await vault.unwrap(backupKeyFile, credentials);
  else throw new AppError('BACKUP_KEY_NEEDED', 'This back-up needs the passphrase or recovery key that was valid when it was made.', 'passphrase');
  if (keyCheckOf(backupKey) !== header.keyCheck) {
    backupKey.fill(0);
    throw new AppError('BACKUP_DAMAGED', 'The back-up file is damaged.');
  }
  const targetKey = liveKey ?? Buffer.from(backupKey);
  const at = vault.now();
  const next = join(vault.dir, nextDatabase);
  try {
    const undo = keepCurrent(vault, liveKey, at);
    const tombstones = [...tombstonesBeside(vault.dir, header.vaultId), ...currentTombstones(vault, liveKey)];
    mkdirSync(vault.dir, { recursive: true, mode: 0o700 });
    extractPayload(path, info, next);
    let reapplied = 0;
    const db = openDatabase(next, { key: backupKey, nativeBinding: vault.nativeBinding });
    try {
      if (db.pragma('integrity_check', { simple: true }) !== 'ok') throw new AppError('BACKUP_DAMAGED', 'The back-up failed its integrity check.');
      reapplied = applyTombstones(db, tombstones);
      const carried = db.transaction(() => withCurrentDatabase(vault, liveKey, (current) => carryAuditTail(current, db), false))();
      if (!carried && !targetKey.equals(backupKey)) {
        const trail = new AuditTrail(db, backupKey, false);
        trail.checkpoint(db, backupKey, targetKey, at.toISOString(), { reason: 'restore' });
        trail.forget();
      }
      db.pragma('journal_mode = DELETE');
      if (!targetKey.equals(backupKey)) rekeyDatabase(db, targetKey);
    } finally {
      db.close();
    }
    const installKeyFile = liveKey === null;
    if (installKeyFile) writeFileAtomic(join(vault.dir, nextKeyFile), header.keyFile);
    vault.closeSession();
    commitSwap(vault.dir, { database: true, keyFile: installKeyFile });
    vault.startSession(Buffer.from(targetKey), { via: 'restore' });
    const restoredFrom = describeBackup(path, info, { keyCheck: keyCheckOf(targetKey), vaultId: header.vaultId });
    vault.record({ event: 'backup_restored', details: { file: restoredFrom.fileName, madeAt: header.createdAt, erasuresReapplied: reapplied } });
    return { restoredFrom, undo, erasuresReapplied: reapplied, keptCurrentCredentials: !installKeyFile };
  } catch (error) {
    rmSync(next, { force: true });
    rmSync(join(vault.dir, nextKeyFile), { force: true });
    throw error;
  } finally {
    targetKey.fill(0);
    backupKey.fill(0);
    liveKey?.fill(0);
  }
}
