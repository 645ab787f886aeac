import type Database from 'better-sqlite3-multiple-ciphers';

/**
 * Keep every prepared statement of a connection for reuse: the screens ask the same few hundred
 * queries over and over, and preparing one costs more than running it on a small trajectory.
 * A reused statement is handed out in its plain mode (not plucked, raw or expanded), as a fresh
 * one would be. A statement still being iterated is busy: the caller then gets a fresh one.
 */
export function cacheStatements(db: Database.Database): void {
  const prepare = db.prepare.bind(db);
  const cache = new Map<string, Database.Statement>();
  db.prepare = ((source: string) => {
    const cached = cache.get(source);
    if (cached && !cached.busy) return cached.reader ? cached.pluck(false).raw(false).expand(false) : cached;
    const statement = prepare(source);
    if (!cached) cache.set(source, statement);
    return statement;
  }) as Database.Database['prepare'];
}
