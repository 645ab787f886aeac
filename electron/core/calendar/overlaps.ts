import type { SessionOverlap } from '../../../shared/contract';
import { addMinutes } from '../../../shared/domain/calendar';
import { AppError } from '../../../shared/errors';
import type { Db } from '../db/open';

/** The longest session the contract allows: no session starting earlier can reach into a slot. */
const longestSessionMinutes = 720;

export interface Slot {
  startsAt: string;
  durationMinutes: number;
}

/** Booked (planned or held) sessions whose time overlaps the slot; touching end to start is no overlap. */
export function overlapsOf(db: Db, slot: Slot, excludeSessionIds: readonly number[] = []): SessionOverlap[] {
  const end = addMinutes(slot.startsAt, slot.durationMinutes);
  const rows = db
    .prepare(
      `SELECT s.id, s.trajectory_id, t.title, s.starts_at, s.duration_minutes, s.status
       FROM session s JOIN trajectory t ON t.id = s.trajectory_id
       WHERE s.starts_at >= @earliest AND s.starts_at < @end AND s.status IN ('planned', 'held')
         AND s.id NOT IN (SELECT value FROM json_each(@excluded))
       ORDER BY s.starts_at, s.id`,
    )
    .all({ earliest: addMinutes(slot.startsAt, -longestSessionMinutes), end, excluded: JSON.stringify(excludeSessionIds) }) as {
    id: number;
    trajectory_id: number;
    title: string;
    starts_at: string;
    duration_minutes: number;
    status: SessionOverlap['status'];
  }[];
  return rows
    .filter((r) => addMinutes(r.starts_at, r.duration_minutes) > slot.startsAt)
    .map((r) => ({
      sessionId: r.id,
      trajectoryId: r.trajectory_id,
      trajectoryTitle: r.title,
      startsAt: r.starts_at,
      durationMinutes: r.duration_minutes,
      status: r.status,
    }));
}

/** Refuse a booking over another one unless the practitioner chose to proceed. */
export function refuseOverlap(db: Db, slots: readonly Slot[], excluded: readonly number[], allowOverlap: boolean, field: string): void {
  if (allowOverlap) return;
  if (slots.some((slot) => overlapsOf(db, slot, excluded).length > 0)) {
    throw new AppError('CONFLICT', 'This time overlaps a booked session; ask sessions.overlaps, or plan it with allowOverlap.', field, 'overlap');
  }
}
