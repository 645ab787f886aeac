import Database from 'better-sqlite3-multiple-ciphers';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../electron/core/db/migrate';
import { migrations } from '../../electron/core/db/migrations';
import { openDatabase } from '../../electron/core/db/open';
import { removeDir, tempDir } from '../support/tempVault';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach(removeDir));

function emptyDatabase(): Database.Database {
  const dir = tempDir();
  dirs.push(dir);
  return new Database(join(dir, 'test.db'));
}

it('numbers the migrations 1, 2, 3… in order', () => {
  expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
});

it('migration 1 creates the practice settings and the clients table', () => {
  const db = emptyDatabase();
  migrate(db, migrations, 1);
  expect(schemaVersion(db)).toBe(1);
  db.prepare(
    `INSERT INTO client (first_name, last_name, created_at, updated_at) VALUES ('Sanne', 'de Jong', 'x', 'x')`,
  ).run();
  expect(db.prepare('SELECT language, archived_at FROM client').get()).toEqual({ language: 'nl', archived_at: null });
  db.close();
});

it('a migration that fails leaves the database exactly as it was', () => {
  const db = emptyDatabase();
  migrate(db, migrations, 1);
  db.prepare(`INSERT INTO setting (key, value) VALUES ('kept', '1')`).run();
  const broken = [...migrations.slice(0, 1), { version: 2, name: 'broken', up: (d: Database.Database) => d.exec('CREATE TABLE half (x); SELECT * FROM nowhere;') }];
  expect(() => migrate(db, broken)).toThrow();
  expect(schemaVersion(db)).toBe(1);
  expect(db.prepare(`SELECT name FROM sqlite_master WHERE name = 'half'`).get()).toBeUndefined();
  expect(db.prepare(`SELECT value FROM setting WHERE key = 'kept'`).pluck().get()).toBe('1');
  db.close();
});

it('refuses a database written by a newer version, by name', () => {
  const dir = tempDir();
  dirs.push(dir);
  const path = join(dir, 'newer.db');
  const db = new Database(path);
  db.pragma(`user_version = ${migrations.length + 1}`);
  db.close();
  expect(() => openDatabase(path, { key: null })).toThrow(expect.objectContaining({ code: 'VAULT_FROM_NEWER_VERSION' }));
});
