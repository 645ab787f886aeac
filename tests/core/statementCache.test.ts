import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { openDatabase } from '../../electron/core/db/open';
import { removeDir, tempDir } from '../support/tempVault';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach(removeDir));

function encryptedDatabase() {
  const dir = tempDir();
  dirs.push(dir);
  return openDatabase(join(dir, 'vault.db'), { key: randomBytes(32), create: true });
}

it('hands out a reused statement in its plain mode, whatever an earlier caller switched on', () => {
  const db = encryptedDatabase();
  db.prepare(`INSERT INTO client (first_name, last_name, created_at, updated_at) VALUES ('Sanne', 'de Jong', 'x', 'x')`).run();
  const sql = 'SELECT first_name, last_name FROM client';
  expect(db.prepare(sql).pluck().get()).toBe('Sanne');
  expect(db.prepare(sql).raw().get()).toEqual(['Sanne', 'de Jong']);
  expect(db.prepare(sql).get()).toEqual({ first_name: 'Sanne', last_name: 'de Jong' });
  db.close();
});

it('gives a fresh statement while the same query is still being read row by row', () => {
  const db = encryptedDatabase();
  const insert = db.prepare(`INSERT INTO client (first_name, last_name, created_at, updated_at) VALUES (?, ?, 'x', 'x')`);
  insert.run('Sanne', 'de Jong');
  insert.run('Mark', 'Visser');
  const sql = 'SELECT first_name FROM client ORDER BY id';
  const pairs: string[] = [];
  for (const outer of db.prepare(sql).pluck().iterate() as IterableIterator<string>) {
    pairs.push(`${outer}: ${(db.prepare(sql).pluck().all() as string[]).join(', ')}`);
  }
  expect(pairs).toEqual(['Sanne: Sanne, Mark', 'Mark: Sanne, Mark']);
  db.close();
});
