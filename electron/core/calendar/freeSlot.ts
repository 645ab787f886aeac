import type { FreeSlot } from '../../../shared/contract';
import { addDays, addMinutes, isoWeekday } from '../../../shared/domain/calendar';
import type { Db } from '../db/open';
import { overlapsOf } from './overlaps';

const defaultTime = '10:00';
const defaultMinutes = 60;
/** How far ahead to look before giving up and offering the first candidate anyway. */
const maxTries = 104;

interface Booked {
  starts_at: string;
  duration_minutes: number;
}

/** The weekday and time this trajectory's sessions most often had (the latest one wins a tie). */
function usualSlot(booked: readonly Booked[]): { weekday: number; time: string } | null {
  const counts = new Map<string, number>();
  for (const b of booked) {
    const key = `${isoWeekday(b.starts_at.slice(0, 10))} ${b.starts_at.slice(11)}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const b of [...booked].reverse()) {
    const key = `${isoWeekday(b.starts_at.slice(0, 10))} ${b.starts_at.slice(11)}`;
    if (best === null || counts.get(key)! > counts.get(best)!) best = key;
  }
  if (best === null) return null;
  const [weekday, time] = best.split(' ') as [string, string];
  return { weekday: Number(weekday), time };
}

/**
 * The next free time for a trajectory: its usual weekday and time, in the first week after its
 * last booked session (and after `after`) where nothing else is booked. Without history: the next
 * working day at 10:00.
 */
export function nextFreeSlot(db: Db, q: { trajectoryId: number; durationMinutes?: number | undefined; after: string }): FreeSlot {
  const booked = db
    .prepare(`SELECT starts_at, duration_minutes FROM session WHERE trajectory_id = ? AND status IN ('planned', 'held') ORDER BY starts_at, id`)
    .all(q.trajectoryId) as Booked[];
  const last = booked.at(-1);
  const durationMinutes = q.durationMinutes ?? last?.duration_minutes ?? defaultMinutes;
  const after = last && last.starts_at > q.after ? last.starts_at : q.after;
  const usual = usualSlot(booked);
  const isFree = (startsAt: string) => overlapsOf(db, { startsAt, durationMinutes }).length === 0;

  let day = addDays(after.slice(0, 10), 1);
  if (usual) {
    while (isoWeekday(day) !== usual.weekday) day = addDays(day, 1);
    const first = `${day}T${usual.time}`;
    for (let i = 0, candidate = first; i < maxTries; i++, candidate = addMinutes(candidate, 7 * 24 * 60)) {
      if (isFree(candidate)) return { startsAt: candidate, durationMinutes, basis: 'usual_time' };
    }
    return { startsAt: first, durationMinutes, basis: 'usual_time' };
  }
  let first: string | null = null;
  for (let i = 0; i < maxTries * 3; i++, day = addDays(day, 1)) {
    if (isoWeekday(day) > 5) continue;
    const candidate = `${day}T${defaultTime}`;
    first ??= candidate;
    if (isFree(candidate)) return { startsAt: candidate, durationMinutes, basis: 'default_time' };
  }
  return { startsAt: first!, durationMinutes, basis: 'default_time' };
}
