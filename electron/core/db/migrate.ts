import type Database from 'better-sqlite3-multiple-ciphers';
import { AppError } from '../../../shared/errors';
import type { Migration } from './migrations';

export function schemaVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Apply the pending migrations in order, each in its own transaction together with its
 * `user_version`, so a failed migration leaves the database exactly as it was before it.
 */
export function migrate(db: Database.Database, migrations: readonly Migration[], target = migrations.length): void {
  const current = schemaVersion(db);
  if (current > migrations.length) {
    throw new AppError('VAULT_FROM_NEWER_VERSION', `This vault was written by a newer version of Traject (schema ${current}).`);
  }
  for (const migration of migrations.slice(current, target)) {
    db.transaction(() => {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
}
