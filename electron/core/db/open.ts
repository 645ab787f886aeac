import Database from 'better-sqlite3-multiple-ciphers';
import { AppError } from '../../../shared/errors';
import { migrate } from './migrate';
import { migrations, type Migration } from './migrations';

export type Db = Database.Database;

export interface OpenOptions {
  /** Raw 256-bit data key; null opens a plain database (benchmarks only). */
  key: Buffer | null;
  migrations?: readonly Migration[];
  /** Create the file if missing (vault creation only). */
  create?: boolean;
  /** Path of a native module built for another runtime (Electron's ABI); default: the one in node_modules. */
  nativeBinding?: string | undefined;
}

function isNotADatabase(error: unknown): boolean {
  const code = (error as { code?: string }).code;
  return code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT';
}

/** Open the encrypted database with the raw data key, check it, and bring the schema up to date. */
export function openDatabase(path: string, options: OpenOptions): Db {
  let db: Db;
  try {
    db = new Database(path, { fileMustExist: !options.create, ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) });
  } catch (error) {
    if ((error as { code?: string }).code === 'SQLITE_CANTOPEN') {
      throw new AppError('DATABASE_DAMAGED', 'The vault database is missing or cannot be opened.');
    }
    throw error;
  }
  try {
    if (options.key) {
      db.pragma(`cipher='sqlcipher'`);
      db.pragma('legacy=4');
      // A raw key: SQLCipher skips its own key derivation, the key file already did the slow part.
      db.pragma(`key="x'${options.key.toString('hex')}'"`);
    }
    try {
      db.prepare('SELECT count(*) FROM sqlite_master').get();
    } catch (error) {
      if (isNotADatabase(error)) throw new AppError('DATABASE_DAMAGED', 'The vault database cannot be read with this key or is damaged.');
      throw error;
    }
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new AppError('DATABASE_DAMAGED', 'The vault database failed its integrity check.');
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    // Every page read from disk is decrypted and its HMAC checked: a 64 MiB cache keeps the
    // pages the screens use decrypted in memory (the default is 16 MiB).
    db.pragma('cache_size = -65536');
    migrate(db, options.migrations ?? migrations);
    return db;
  } catch (error) {
    db.close();
    if (isNotADatabase(error)) throw new AppError('DATABASE_DAMAGED', 'The vault database is damaged.');
    throw error;
  }
}
