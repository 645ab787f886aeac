import type { Db } from '../db/open';
import { minimumGroupSize } from '../audience/policy';

const settingKey = 'anonymityThreshold';

/** How many answers a round of a team questionnaire needs before it shows figures; never below 3. */
export function anonymityThreshold(db: Db): number {
  const row = db.prepare(`SELECT value FROM setting WHERE key = ?`).get(settingKey) as { value: string } | undefined;
  const stored = row ? Number(JSON.parse(row.value)) : minimumGroupSize;
  return Number.isInteger(stored) ? Math.max(minimumGroupSize, stored) : minimumGroupSize;
}

export function setAnonymityThreshold(db: Db, threshold: number): number {
  const value = Math.max(minimumGroupSize, threshold);
  db.prepare(`INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`).run(
    settingKey,
    JSON.stringify(value),
  );
  return value;
}
