import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { expect } from 'vitest';
import { schemaVersion } from '../../electron/core/db/migrate';
import { migrations } from '../../electron/core/db/migrations';
import { openDatabase, type Db } from '../../electron/core/db/open';
import { removeDir, tempDir } from './tempVault';

export interface MigratedDatabase {
  db: Db;
  /** Close the database and remove its temp folder. */
  remove(): void;
}

/** An encrypted database in a temp folder at version `from`, filled by `fill`, then opened at version `to` (default: the newest). */
export function migratedDatabase({ from, to, fill }: { from: number; to?: number; fill: (before: Db) => void }): MigratedDatabase {
  const dir = tempDir();
  const path = join(dir, 'vault.db');
  const key = randomBytes(32);
  const before = openDatabase(path, { key, create: true, migrations: migrations.slice(0, from) });
  expect(schemaVersion(before)).toBe(from);
  fill(before);
  before.close();
  const db = openDatabase(path, to === undefined ? { key } : { key, migrations: migrations.slice(0, to) });
  return {
    db,
    remove() {
      db.close();
      removeDir(dir);
    },
  };
}
