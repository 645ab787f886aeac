import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { VaultStatus } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import { openDatabase, type Db } from '../db/open';
import { readPractice, writePractice } from '../practice/repository';
import {
  createKeyFile,
  readKeyFile,
  rewrapPassphrase,
  unwrapWithPassphrase,
  unwrapWithRecoverySecret,
  writeKeyFile,
} from './keyFile';
import { newRecoveryKey, parseRecoveryKey } from './recoveryKey';

export const databaseFile = 'vault.db';
export const keyFileName = 'vault.key';
const creatingFile = 'vault.db.creating';

export interface Clock {
  now(): Date;
}
export const systemClock: Clock = { now: () => new Date() };

interface Unlocked {
  db: Db;
  dataKey: Buffer;
  lastActivity: number;
}

/** One vault folder: its key file, its encrypted database, and whether it is open right now. */
export class Vault {
  private open: Unlocked | null = null;
  private idleTimer: NodeJS.Timeout | null = null;

  constructor(
    readonly dir: string,
    private readonly clock: Clock = systemClock,
    private readonly nativeBinding?: string,
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
      return { state: 'unlocked', autoLockMinutes: practice.autoLockMinutes, language: practice.language, readOnly: false };
    }
    return { state: this.exists() ? 'locked' : 'absent', autoLockMinutes: null, language: null, readOnly: false };
  }

  /** The open database, for handlers. Every call counts as activity. */
  db(): Db {
    if (!this.open) throw new AppError('VAULT_LOCKED', 'The vault is locked.');
    this.open.lastActivity = this.clock.now().getTime();
    return this.open.db;
  }

  isUnlocked(): boolean {
    return this.open !== null;
  }

  async create(passphrase: string, language: 'nl' | 'en'): Promise<{ recoveryKey: string }> {
    if (this.exists() || existsSync(this.databasePath)) {
      throw new AppError('VAULT_EXISTS', 'A vault already exists in this folder; it was left untouched.');
    }
    mkdirSync(this.dir, { recursive: true, mode: 0o700 });
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
      this.startSession(dataKey);
      return { recoveryKey: recovery.display };
    } catch (error) {
      dataKey.fill(0);
      throw error;
    } finally {
      recovery.secret.fill(0);
    }
  }

  async unlock(credentials: { passphrase?: string; recoveryKey?: string }): Promise<VaultStatus> {
    const file = readKeyFile(this.keyFilePath);
    let dataKey: Buffer;
    if (credentials.recoveryKey !== undefined) {
      const parsed = parseRecoveryKey(credentials.recoveryKey);
      if (!parsed.ok) {
        throw new AppError('RECOVERY_KEY_MISTYPED', 'The recovery key has a typo: its checksum does not match.', 'recoveryKey');
      }
      try {
        dataKey = unwrapWithRecoverySecret(file, parsed.secret);
      } finally {
        parsed.secret.fill(0);
      }
    } else {
      dataKey = await unwrapWithPassphrase(file, credentials.passphrase ?? '');
    }
    if (this.open) {
      // Already open (another window unlocked meanwhile): the credentials were still checked above.
      dataKey.fill(0);
      return this.status();
    }
    this.finishInterruptedCreation();
    this.startSession(dataKey);
    return this.status();
  }

  lock(): VaultStatus {
    if (this.open) {
      const { db, dataKey } = this.open;
      this.open = null;
      try {
        db.close();
      } finally {
        dataKey.fill(0);
      }
    }
    if (this.idleTimer) clearInterval(this.idleTimer);
    this.idleTimer = null;
    return this.status();
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
      this.lock();
      return true;
    }
    return false;
  }

  async changePassphrase(currentPassphrase: string, newPassphrase: string): Promise<void> {
    if (!this.open) throw new AppError('VAULT_LOCKED', 'The vault is locked.');
    const file = readKeyFile(this.keyFilePath);
    const current = await unwrapWithPassphrase(file, currentPassphrase).catch((error: unknown) => {
      if (error instanceof AppError && error.code === 'WRONG_PASSPHRASE') {
        throw new AppError('WRONG_PASSPHRASE', 'The current passphrase is not correct.', 'currentPassphrase');
      }
      throw error;
    });
    try {
      if (!current.equals(this.open.dataKey)) throw new AppError('KEY_FILE_DAMAGED', 'The key file does not belong to this vault.');
      writeKeyFile(this.keyFilePath, await rewrapPassphrase(file, this.open.dataKey, newPassphrase));
    } finally {
      current.fill(0);
    }
  }

  recover(_recoveryKey: string, _newPassphrase: string): Promise<VaultStatus> {
    throw new AppError('INTERNAL', 'Not available in this build yet.');
  }

  newRecoveryKey(_passphrase: string): Promise<{ recoveryKey: string }> {
    throw new AppError('INTERNAL', 'Not available in this build yet.');
  }

  rekey(_passphrase: string): Promise<{ recoveryKey: string }> {
    throw new AppError('INTERNAL', 'Not available in this build yet.');
  }

  private startSession(dataKey: Buffer): void {
    let db: Db;
    try {
      db = openDatabase(this.databasePath, { key: dataKey, nativeBinding: this.nativeBinding });
    } catch (error) {
      dataKey.fill(0);
      throw error;
    }
    this.open = { db, dataKey, lastActivity: this.clock.now().getTime() };
    this.idleTimer = setInterval(() => this.lockIfIdle(), 15_000);
    this.idleTimer.unref();
  }

  private removeLeftoversOfInterruptedCreation(): void {
    for (const name of readdirSync(this.dir)) {
      if (name.startsWith(creatingFile)) rmSync(join(this.dir, name), { force: true });
    }
  }

  /** A crash between writing the key file and renaming the new database: finish the rename. */
  private finishInterruptedCreation(): void {
    const creating = join(this.dir, creatingFile);
    if (!existsSync(this.databasePath) && existsSync(creating)) renameSync(creating, this.databasePath);
  }
}
