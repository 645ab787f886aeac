import type { CoreContext } from '../context';
import type { Db } from '../db/open';

/** Run a change as one transaction, with the clock's "now" as audit stamp. */
export function inTransaction<T>(ctx: CoreContext, change: (db: Db, now: string) => T): T {
  const db = ctx.vault.db();
  return db.transaction(() => change(db, ctx.clock.now().toISOString()))();
}

/** Read several things in one snapshot, so a page never mixes two states of the vault. */
export function inSnapshot<T>(ctx: CoreContext, read: (db: Db) => T): T {
  const db = ctx.vault.db();
  return db.transaction(() => read(db))();
}
