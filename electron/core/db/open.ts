import Database from 'better-sqlite3-multiple-ciphers';
import { AppError } from '../../../shared/errors';
import { keyDatabase } from '../vault/rawKey';
import { migrate, schemaVersion } from './migrate';
import { migrations, type Migration } from './migrations';
import { cacheStatements } from './statementCache';

export type Db = Database.Database;

export interface OpenOptions {
  /** Raw 256-bit data key; null opens a plain database (benchmarks only). */
  key: Buffer | null;
  migrations?: readonly Migration[];
  /** Create the file if missing (vault creation only). */
  create?: boolean;
  /** Open to read only (a vault on a read-only disk, a back-up being checked): no journal change, no migration. */
  readOnly?: boolean;
  /** Path of a native module built for another runtime (Electron's ABI); default: the one in node_modules. */
  nativeBinding?: string | undefined;
}

export function isNotADatabase(error: unknown): boolean {
  const code = (error as { code?: string }).code;
  return code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT';
}

/**
 * Open the encrypted database with the raw data key and bring the schema up to date. Opening
 * reads only the schema: a full integrity check grows with the database, so it runs when a
 * back-up is verified (every back-up reads every page, and each page's HMAC is checked).
 */
export function openDatabase(path: string, options: OpenOptions): Db {
  let db: Db;
  try {
    db = new Database(path, {
      fileMustExist: !options.create,
      readonly: options.readOnly === true,
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    });
  } catch (error) {
    if ((error as { code?: string }).code === 'SQLITE_CANTOPEN') {
      throw new AppError('DATABASE_DAMAGED', 'The vault database is missing or cannot be opened.');
    }
    throw error;
  }
  cacheStatements(db);
  try {
    if (options.key) keyDatabase(db, options.key);
    try {
      db.prepare('SELECT count(*) FROM sqlite_master').get();
    } catch (error) {
      if (isNotADatabase(error)) throw new AppError('DATABASE_DAMAGED', 'The vault database cannot be read with this key or is damaged.');
      throw error;
    }
    const wanted = options.migrations ?? migrations;
    if (options.readOnly) {
      if (schemaVersion(db) > wanted.length) migrate(db, wanted); // refuses a newer vault by name
      if (schemaVersion(db) < wanted.length) {
        throw new AppError('READ_ONLY', 'This vault needs an update and cannot be written here.');
      }
    } else {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = FULL');
    }
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    // Deleted rows are overwritten, not just unlinked: erasure leaves no text in free pages.
    db.pragma('secure_delete = ON');
    // Every page read from disk is decrypted and its HMAC checked: a 64 MiB cache keeps the
    // pages the screens use decrypted in memory (the default is 16 MiB).
    db.pragma('cache_size = -65536');
    if (!options.readOnly) migrate(db, wanted);
    return db;
  } catch (error) {
    db.close();
    if (isNotADatabase(error)) throw new AppError('DATABASE_DAMAGED', 'The vault database is damaged.');
    throw error;
  }
}

/** The counts a back-up's summary shows, and that its verification compares with the source. */
export function countRows(db: Db): { clients: number; trajectories: number; sessions: number } {
  const count = (table: string) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
  return { clients: count('client'), trajectories: count('trajectory'), sessions: count('session') };
}
