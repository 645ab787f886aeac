import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ErasureReason } from '../../../shared/contract/privacy';
import type { Db } from '../db/open';
import { writeFileAtomic } from '../vault/atomicWrite';
import { eraseClientRows } from './eraseRows';

/**
 * A tombstone: an erased client's id, the date and a reason category, nothing personal. It lives
 * in the database and, written before the erasure itself, in a small file beside it: so a restore
 * of an older back-up never brings the client back, and an erasure a kill interrupted is
 * finished at the next unlock.
 */
export interface Tombstone {
  clientId: number;
  erasedAt: string;
  reason: ErasureReason;
}

const noteFile = 'vault.erasures';

interface NoteLine extends Tombstone {
  vaultId: string;
}

export function tombstonesIn(db: Db): Tombstone[] {
  return (db.prepare('SELECT client_id, erased_at, reason FROM erasure ORDER BY client_id').all() as { client_id: number; erased_at: string; reason: ErasureReason }[]).map(
    (r) => ({ clientId: r.client_id, erasedAt: r.erased_at, reason: r.reason }),
  );
}

/** The tombstones noted beside the database of this vault (lines of another vault are ignored). */
export function tombstonesBeside(dir: string, vaultId: string): Tombstone[] {
  const path = join(dir, noteFile);
  if (!existsSync(path)) return [];
  const out: Tombstone[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    try {
      const t = JSON.parse(line) as NoteLine;
      if (t.vaultId === vaultId && Number.isSafeInteger(t.clientId)) out.push({ clientId: t.clientId, erasedAt: t.erasedAt, reason: t.reason });
    } catch {
      // an empty or cut-off line: the database holds the tombstone too
    }
  }
  return out;
}

export function noteTombstoneBeside(dir: string, vaultId: string, tombstone: Tombstone): void {
  const path = join(dir, noteFile);
  const before = existsSync(path) ? readFileSync(path, 'utf8') : '';
  writeFileAtomic(path, `${before}${JSON.stringify({ vaultId, ...tombstone })}\n`);
}

/** Erase every client a tombstone names that is still there; returns how many were. One transaction. */
export function applyTombstones(db: Db, tombstones: readonly Tombstone[]): number {
  return db.transaction(() => {
    let erased = 0;
    for (const t of tombstones) {
      if (eraseClientRows(db, t.clientId)) erased++;
      db.prepare('INSERT OR IGNORE INTO erasure (client_id, erased_at, reason) VALUES (?, ?, ?)').run(t.clientId, t.erasedAt, t.reason);
    }
    return erased;
  })();
}
