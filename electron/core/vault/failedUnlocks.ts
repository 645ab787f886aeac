import { appendFileSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A failed unlock cannot be written into the audit log: the database is closed. Its time goes to
 * this small file (times only, nothing else), and the next unlock moves it into the log.
 */
const fileName = 'vault.failed-unlocks';

export function noteFailedUnlock(dir: string, at: string): void {
  try {
    appendFileSync(join(dir, fileName), `${at}\n`, { mode: 0o600 });
  } catch {
    // A read-only vault: the attempt cannot be kept, and nothing else may fail because of it.
  }
}

export function takeFailedUnlocks(dir: string): { times: string[]; clear(): void } {
  const path = join(dir, fileName);
  if (!existsSync(path)) return { times: [], clear: () => undefined };
  const times = readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => /^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/.test(line));
  return { times, clear: () => rmSync(path, { force: true }) };
}
