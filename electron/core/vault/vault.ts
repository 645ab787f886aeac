import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { VaultStatus } from '../../../shared/contract';
import type { Backup, BackupProgress, BackupReason } from '../../../shared/contract/backups';
import { AppError } from '../../../shared/errors';
import { backupFolder } from '../backup/folder';
import { backupSteps, makeBackupNow } from '../backup/make';
import { listBackupFiles } from '../backup/summary';
import { openDatabase, type Db } from '../db/open';
import { readPractice, writePractice } from '../practice/repository';
import { AuditTrail, type AuditRecord } from '../audit/trail';
import { applyTombstones, tombstonesBeside } from '../privacy/tombstones';
import { noteFailedUnlock, takeFailedUnlocks } from './failedUnlocks';
import { isWritable, removeStrayTempFiles, secureVaultFolder } from './folder';
import { createKeyFile, readKeyFile, rewrapPassphrase, unwrapWithPassphrase, unwrapWithRecoverySecret, writeKeyFile, type KeyFile } from './keyFile';
import { newRecoveryKey, parseRecoveryKey } from './recoveryKey';
import { finishPendingSwap } from './swap';

export const databaseFile = 'vault.db';
export const keyFileName = 'vault.key';
const creatingFile = 'vault.db.creating';
const dayMs = 86_400_000;

export interface Clock {
  now(): Date;
}
export const systemClock: Clock = { now: () => new Date() };

export type LockReason = 'manual' | 'auto' | 'quit';

/** An open vault: the database, the data key (wiped on lock), and its audit trail. */
export interface OpenVault {
  db: Db;
  dataKey: Buffer;
  readOnly: boolean;
  audit: AuditTrail;
  lastActivity: number;
  /** Changes to the data (audit entries not counted) when the last back-up was made. */
  changesAtBackup: number;
  lastBackupAt: number | null;
}

/** One vault folder: its key file, its encrypted database, and whether it is open right now. */
export class Vault {
  private open: OpenVault | null = null;
  private idleTimer: NodeJS.Timeout | null = null;
  private backupRunning: { progress: BackupProgress } | null = null;

  constructor(
    readonly dir: string,
    private readonly clock: Clock = systemClock,
    readonly nativeBinding?: string,
  ) {}

  get keyFilePath(): string {
    return join(this.dir, keyFileName);
  }

  get databasePath(): string {
    return join(this.dir, databaseFile);
  }

  exists(): boolean {
    return existsSync(this.keyFilePath);
  }

  status(): VaultStatus {
    if (this.open) {
      const practice = readPractice(this.open.db);
      return { state: 'unlocked', autoLockMinutes: practice.autoLockMinutes, language: practice.language, readOnly: this.open.readOnly };
    }
    return { state: this.exists() ? 'locked' : 'absent', autoLockMinutes: null, language: null, readOnly: false };
  }

  /** The open database, for handlers. Every call counts as activity. */
  db(): Db {
    return this.session().db;
  }

  /** The open vault itself (back-up, restore, audit); every call counts as activity. */
  session(): OpenVault {
    if (!this.open) throw new AppError('VAULT_LOCKED', 'The vault is locked.');
    this.open.lastActivity = this.clock.now().getTime();
    return this.open;
  }

  isUnlocked(): boolean {
    return this.open !== null;
  }

  now(): Date {
    return this.clock.now();
  }

  /** Write an entry in the audit log (nothing while read-only: the log cannot grow there). */
  record(entry: AuditRecord): void {
    this.open?.audit.record(entry, this.clock.now().toISOString());
  }

  async create(passphrase: string, language: 'nl' | 'en'): Promise<{ recoveryKey: string }> {
    if (this.exists() || existsSync(this.databasePath)) {
      throw new AppError('VAULT_EXISTS', 'A vault already exists in this folder; it was left untouched.');
    }
    mkdirSync(this.dir, { recursive: true, mode: 0o700 });
    secureVaultFolder(this.dir);
    this.removeLeftoversOfInterruptedCreation();
    const dataKey = randomBytes(32);
    const recovery = newRecoveryKey();
    try {
      const creating = openDatabase(join(this.dir, creatingFile), { key: dataKey, create: true, nativeBinding: this.nativeBinding });
      writePractice(creating, { language });
      creating.pragma('journal_mode = DELETE'); // one file, so it can be renamed safely
      creating.close();
      writeKeyFile(this.keyFilePath, await createKeyFile(dataKey, passphrase, recovery.secret));
      renameSync(join(this.dir, creatingFile), this.databasePath);
      secureVaultFolder(this.dir);
      this.startSession(dataKey, { created: true });
      return { recoveryKey: recovery.display };
    } catch (error) {
      dataKey.fill(0);
      throw error;
    } finally {
      recovery.secret.fill(0);
    }
  }

  /** Before anything reads the folder: finish an interrupted swap, clear stray temp files, tighten modes. */
  prepareFolder(): void {
    if (!existsSync(this.dir) || !isWritable(this.dir, [])) return;
    finishPendingSwap(this.dir);
    removeStrayTempFiles(this.dir);
    secureVaultFolder(this.dir);
    this.finishInterruptedCreation();
  }

  /** The data key behind a passphrase or recovery key, checked against the key file. */
  async unwrap(file: KeyFile, credentials: { passphrase?: string | undefined; recoveryKey?: string | undefined }): Promise<Buffer> {
    if (credentials.recoveryKey !== undefined) {
      const parsed = parseRecoveryKey(credentials.recoveryKey);
      if (!parsed.ok) {
        throw new AppError('RECOVERY_KEY_MISTYPED', 'The recovery key has a typo: its checksum does not match.', 'recoveryKey');
      }
      try {
        return unwrapWithRecoverySecret(file, parsed.secret);
      } finally {
        parsed.secret.fill(0);
      }
    }
    return unwrapWithPassphrase(file, credentials.passphrase ?? '');
  }

  async unlock(credentials: { passphrase?: string; recoveryKey?: string }): Promise<VaultStatus> {
    this.prepareFolder();
    const file = readKeyFile(this.keyFilePath);
    let dataKey: Buffer;
    try {
      dataKey = await this.unwrap(file, credentials);
    } catch (error) {
      if (error instanceof AppError && (error.code === 'WRONG_PASSPHRASE' || error.code === 'WRONG_RECOVERY_KEY')) {
        if (this.open) this.record({ event: 'unlock_failed' });
        else noteFailedUnlock(this.dir, this.clock.now().toISOString());
      }
      throw error;
    }
    if (this.open) {
      // Already open (another window unlocked meanwhile): the credentials were still checked above.
      dataKey.fill(0);
      return this.status();
    }
    this.startSession(dataKey, { via: credentials.recoveryKey !== undefined ? 'recovery_key' : 'passphrase' });
    return this.status();
  }

  lock(reason: LockReason = 'manual'): VaultStatus {
    if (this.open) {
      try {
        this.record({ event: 'lock', details: { reason } });
        this.backUpIfChanged(reason === 'quit' ? 'quit' : 'lock');
      } finally {
        this.closeSession();
      }
    }
    return this.status();
  }

  /** Close the database and wipe the keys, without the lock's back-up (restore and rekey swap files). */
  closeSession(): void {
    if (this.idleTimer) clearInterval(this.idleTimer);
    this.idleTimer = null;
    if (!this.open) return;
    const { db, dataKey, audit } = this.open;
    this.open = null;
    try {
      db.close();
    } finally {
      dataKey.fill(0);
      audit.forget();
      this.removeReadOnlyCopy();
    }
  }

  touch(): { autoLockAt: string | null } {
    this.db();
    return { autoLockAt: this.autoLockAt()?.toISOString() ?? null };
  }

  autoLockAt(): Date | null {
    if (!this.open) return null;
    const minutes = readPractice(this.open.db).autoLockMinutes;
    return new Date(this.open.lastActivity + minutes * 60_000);
  }

  /** Lock if the practitioner has been idle longer than the auto-lock setting. */
  lockIfIdle(): boolean {
    const at = this.autoLockAt();
    if (at && this.clock.now().getTime() >= at.getTime()) {
      this.lock('auto');
      return true;
    }
    return false;
  }

  async changePassphrase(currentPassphrase: string, newPassphrase: string): Promise<void> {
    const open = this.writableSession();
    const file = readKeyFile(this.keyFilePath);
    const current = await unwrapWithPassphrase(file, currentPassphrase).catch((error: unknown) => {
      if (error instanceof AppError && error.code === 'WRONG_PASSPHRASE') {
        throw new AppError('WRONG_PASSPHRASE', 'The current passphrase is not correct.', 'currentPassphrase');
      }
      throw error;
    });
    try {
      if (!current.equals(open.dataKey)) throw new AppError('KEY_FILE_DAMAGED', 'The key file does not belong to this vault.');
      writeKeyFile(this.keyFilePath, await rewrapPassphrase(file, open.dataKey, newPassphrase));
      this.record({ event: 'passphrase_changed' });
    } finally {
      current.fill(0);
    }
  }

  /** The open vault, refusing when it cannot be written. */
  writableSession(): OpenVault {
    const open = this.session();
    if (open.readOnly) throw new AppError('READ_ONLY', 'The vault is read-only here; nothing was changed.');
    return open;
  }

  keyFileText(): string {
    return readFileSync(this.keyFilePath, 'utf8');
  }

  /** Make a back-up step by step, so the progress can be asked for meanwhile. */
  async backUp(reason: BackupReason, folder = backupFolder(this.dir)): Promise<Backup> {
    if (this.backupRunning) throw new AppError('BUSY', 'A back-up is being made already.');
    const open = this.session();
    const running = { progress: { phase: 'copying', percent: 0 } as BackupProgress };
    this.backupRunning = running;
    try {
      const steps = backupSteps(this.backupSource(open), folder, reason, this.clock.now());
      for (;;) {
        const step = steps.next();
        if (step.done) {
          this.noteBackup(open, step.value);
          return step.value;
        }
        running.progress = step.value;
        await new Promise((resolve) => setImmediate(resolve));
        if (this.open !== open) throw new AppError('VAULT_LOCKED', 'The vault was locked during the back-up.');
      }
    } finally {
      this.backupRunning = null;
    }
  }

  backupProgress(): BackupProgress {
    return this.backupRunning?.progress ?? { phase: 'idle', percent: 0 };
  }

  isBusy(): boolean {
    return this.backupRunning !== null;
  }

  private backupSource(open: OpenVault) {
    const keyFileText = this.keyFileText();
    return { db: open.db, dataKey: open.dataKey, keyFileText, vaultId: readKeyFile(this.keyFilePath).vaultId, nativeBinding: this.nativeBinding };
  }

  private noteBackup(open: OpenVault, backup: Backup): void {
    open.changesAtBackup = this.dataChanges(open);
    open.lastBackupAt = new Date(backup.createdAt).getTime();
    this.record({ event: 'backup_made', details: { reason: backup.reason, file: backup.fileName } });
  }

  private dataChanges(open: OpenVault): number {
    return (open.db.prepare('SELECT total_changes()').pluck().get() as number) - open.audit.writes;
  }

  /** On lock and quit: a back-up when something changed since the last one. It never stops the lock. */
  private backUpIfChanged(reason: 'lock' | 'quit'): void {
    const open = this.open;
    if (!open || open.readOnly || this.backupRunning || this.dataChanges(open) <= open.changesAtBackup) return;
    this.backUpQuietly(open, reason);
  }

  private backUpQuietly(open: OpenVault, reason: BackupReason): void {
    try {
      this.noteBackup(open, makeBackupNow(this.backupSource(open), backupFolder(this.dir), reason, this.clock.now()));
    } catch (error) {
      console.error('traject: automatic back-up failed', (error as { code?: string }).code ?? (error as Error).name);
    }
  }

  /** Once a day while the vault is open. */
  private backUpDaily(): void {
    const open = this.open;
    if (!open || open.readOnly || this.backupRunning) return;
    if (open.lastBackupAt !== null && this.clock.now().getTime() - open.lastBackupAt < dayMs) return;
    this.backUpQuietly(open, 'daily');
  }

  /** Open the database with this key and start the session; the key is the session's from now on. */
  startSession(dataKey: Buffer, details: AuditRecord['details'] = {}): void {
    let db: Db;
    const readOnly = !isWritable(this.dir, [this.databasePath, this.keyFilePath]);
    try {
      db = openDatabase(readOnly ? this.readOnlyCopy() : this.databasePath, { key: dataKey, readOnly, nativeBinding: this.nativeBinding });
    } catch (error) {
      dataKey.fill(0);
      this.removeReadOnlyCopy();
      throw error;
    }
    const audit = new AuditTrail(db, dataKey, readOnly);
    const newest = readOnly ? undefined : listBackupFiles(backupFolder(this.dir), { keyCheck: null, vaultId: null }).items[0];
    this.open = {
      db,
      dataKey,
      readOnly,
      audit,
      lastActivity: this.clock.now().getTime(),
      changesAtBackup: 0,
      lastBackupAt: newest ? new Date(newest.createdAt).getTime() : null,
    };
    if (!readOnly) {
      // An erasure a kill interrupted (noted beside the database, not yet done in it) is finished now.
      applyTombstones(db, tombstonesBeside(this.dir, readKeyFile(this.keyFilePath).vaultId));
      const failed = takeFailedUnlocks(this.dir);
      for (const at of failed.times) audit.record({ event: 'unlock_failed' }, at);
      failed.clear();
      this.record({ event: 'unlock', details });
      this.open.changesAtBackup = this.dataChanges(this.open);
    }
    this.idleTimer = setInterval(() => {
      if (!this.lockIfIdle()) this.backUpDaily();
    }, 15_000);
    this.idleTimer.unref();
  }

  private readOnlyDir: string | null = null;

  /**
   * SQLite cannot open a WAL database where it may not create its shared-memory file, so a vault on
   * a read-only disk is read from a private copy (still encrypted), removed again on lock.
   */
  private readOnlyCopy(): string {
    this.readOnlyDir = mkdtempSync(join(tmpdir(), 'traject-read-only-'));
    for (const name of [databaseFile, `${databaseFile}-wal`]) {
      if (existsSync(join(this.dir, name))) copyFileSync(join(this.dir, name), join(this.readOnlyDir, name));
    }
    return join(this.readOnlyDir, databaseFile);
  }

  private removeReadOnlyCopy(): void {
    if (this.readOnlyDir) rmSync(this.readOnlyDir, { recursive: true, force: true });
    this.readOnlyDir = null;
  }

  private removeLeftoversOfInterruptedCreation(): void {
    for (const name of readdirSync(this.dir)) {
      if (name.startsWith(creatingFile)) rmSync(join(this.dir, name), { force: true });
    }
  }

  /** A crash between writing the key file and renaming the new database: finish the rename. */
  private finishInterruptedCreation(): void {
    const creating = join(this.dir, creatingFile);
    if (!existsSync(this.databasePath) && existsSync(creating) && this.exists()) renameSync(creating, this.databasePath);
  }
}
