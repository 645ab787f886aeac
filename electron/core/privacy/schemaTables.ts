import type { Db } from '../db/open';

/** Tables of the vault's own data: no SQLite internals, no full-text index or its shadow tables. */
export function dataTables(db: Db): string[] {
  const rows = db
    .prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
    .all() as { name: string; sql: string }[];
  const virtual = rows.filter((r) => /^CREATE VIRTUAL TABLE/i.test(r.sql)).map((r) => r.name);
  return rows.map((r) => r.name).filter((name) => !virtual.includes(name) && !virtual.some((v) => name.startsWith(`${v}_`)));
}

/**
 * The tables that refer to a client, found in the schema itself: those with a client_id column,
 * and those with a chain of foreign keys to a client or to a trajectory (a trajectory is the
 * record of its participants).
 */
export function tablesReferringToClients(db: Db): string[] {
  const tables = dataTables(db);
  const parents = new Map(
    tables.map((t) => [t, (db.prepare(`SELECT "table" FROM pragma_foreign_key_list(?)`).pluck().all(t) as string[])] as const),
  );
  const columns = (t: string) => db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all(t) as string[];
  const refers = new Set(['client', 'trajectory']);
  for (let grew = true; grew; ) {
    grew = false;
    for (const t of tables) {
      if (refers.has(t)) continue;
      if (parents.get(t)!.some((p) => refers.has(p)) || columns(t).includes('client_id')) {
        refers.add(t);
        grew = true;
      }
    }
  }
  return tables.filter((t) => refers.has(t));
}
