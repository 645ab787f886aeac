import type { BackupReason } from '../../../shared/contract/backups';

interface Rotatable {
  fileName: string;
  createdAt: string;
  reason: BackupReason;
}

const automatic: ReadonlySet<BackupReason> = new Set(['daily', 'lock', 'quit']);
export const keep = { daily: 7, weekly: 4, monthly: 12, beforeRestore: 3 } as const;

function dayOf(d: Date): string {
  return `${d.getFullYear()}-${d.getMonth()}-${d.getDate()}`;
}

/** Monday-based week number counted from a fixed Monday: the same for every day of one week. */
function weekOf(d: Date): number {
  const midnight = new Date(d.getFullYear(), d.getMonth(), d.getDate());
  const monday = new Date(1970, 0, 5);
  return Math.floor(Math.round((midnight.getTime() - monday.getTime()) / 86_400_000) / 7);
}

function monthOf(d: Date): string {
  return `${d.getFullYear()}-${d.getMonth()}`;
}

/** The newest back-up of each of the newest `count` periods. */
function newestPerPeriod(sorted: Rotatable[], period: (d: Date) => string | number, count: number): Rotatable[] {
  const seen = new Set<string | number>();
  const kept: Rotatable[] = [];
  for (const backup of sorted) {
    const p = period(new Date(backup.createdAt));
    if (seen.has(p)) continue;
    seen.add(p);
    if (seen.size > count) break;
    kept.push(backup);
  }
  return kept;
}

/**
 * Which back-ups to remove. Automatic ones (daily, on lock, on quit) are rotated 7 daily, 4
 * weekly, 12 monthly; "before restore" ones keep the newest 3; manual ones are never removed;
 * the newest back-up of each reason is always kept.
 */
export function backupsToRemove(backups: readonly Rotatable[]): string[] {
  const sorted = [...backups].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const kept = new Set<string>();
  for (const reason of new Set(sorted.map((b) => b.reason))) kept.add(sorted.find((b) => b.reason === reason)!.fileName);
  const auto = sorted.filter((b) => automatic.has(b.reason));
  for (const b of newestPerPeriod(auto, dayOf, keep.daily)) kept.add(b.fileName);
  for (const b of newestPerPeriod(auto, weekOf, keep.weekly)) kept.add(b.fileName);
  for (const b of newestPerPeriod(auto, monthOf, keep.monthly)) kept.add(b.fileName);
  for (const b of sorted.filter((b) => b.reason === 'before_restore').slice(0, keep.beforeRestore)) kept.add(b.fileName);
  for (const b of sorted.filter((b) => b.reason === 'manual')) kept.add(b.fileName);
  return sorted.filter((b) => !kept.has(b.fileName)).map((b) => b.fileName);
}
