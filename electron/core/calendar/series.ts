import type { PlannedSeries, SeriesPreview, Session } from '../../../shared/contract';
import { addMinutes, minutesBetween } from '../../../shared/domain/calendar';
import type { SessionKind, SessionStatus } from '../../../shared/domain/session';
import { AppError } from '../../../shared/errors';
import type { Db } from '../db/open';
import { getSession, insertSession, setSessionStatus, updateSession, type SessionPatch } from '../sessions/repository';
import { trajectoryRow } from '../trajectories/repository';
import { overlapsOf, refuseOverlap } from './overlaps';

const maxOccurrences = 100;

export interface SeriesRule {
  trajectoryId: number;
  firstStartsAt: string;
  durationMinutes: number;
  everyWeeks: number;
  until?: string | undefined;
  count?: number | undefined;
}

/** Every N weeks from the first start, until a date (included) or for a count; never more than 100. */
export function occurrences(rule: SeriesRule): string[] {
  const starts: string[] = [];
  for (let start = rule.firstStartsAt; starts.length < (rule.count ?? maxOccurrences); start = addMinutes(start, rule.everyWeeks * 7 * 24 * 60)) {
    if (rule.until !== undefined && start.slice(0, 10) > rule.until) break;
    starts.push(start);
  }
  return starts;
}

export function previewSeries(db: Db, rule: SeriesRule): SeriesPreview {
  trajectoryRow(db, rule.trajectoryId, 'trajectoryId');
  return {
    occurrences: occurrences(rule).map((startsAt) => ({
      startsAt,
      durationMinutes: rule.durationMinutes,
      overlaps: overlapsOf(db, { startsAt, durationMinutes: rule.durationMinutes }),
    })),
  };
}

export function planSeries(
  db: Db,
  rule: SeriesRule & { kind: SessionKind; attendeeIds?: number[] | undefined; allowOverlap?: boolean | undefined },
  now: string,
): PlannedSeries {
  trajectoryRow(db, rule.trajectoryId, 'trajectoryId');
  const starts = occurrences(rule);
  refuseOverlap(db, starts.map((startsAt) => ({ startsAt, durationMinutes: rule.durationMinutes })), [], rule.allowOverlap ?? false, 'firstStartsAt');
  const sessions: Session[] = [];
  for (const startsAt of starts) {
    const values = { trajectoryId: rule.trajectoryId, startsAt, durationMinutes: rule.durationMinutes, kind: rule.kind, status: 'planned' as const };
    sessions.push(insertSession(db, { ...values, attendeeIds: rule.attendeeIds }, now));
  }
  const seriesId = sessions[0]!.id;
  db.prepare(`UPDATE session SET series_id = ? WHERE id IN (SELECT value FROM json_each(?))`).run(seriesId, JSON.stringify(sessions.map((s) => s.id)));
  return { seriesId, sessions: sessions.map((s) => getSession(db, s.id)) };
}

/** The later sessions of the same series that are still only planned (not started, not finalised). */
function followingOf(db: Db, session: Session): number[] {
  if (session.seriesId === null) return [];
  return db
    .prepare(
      `SELECT id FROM session WHERE series_id = ? AND starts_at > ? AND status = 'planned' AND started_at IS NULL
         AND finalised_at IS NULL ORDER BY starts_at`,
    )
    .pluck()
    .all(session.seriesId, session.startsAt) as number[];
}

/** Reschedule or shorten one session, or (scope 'following') the later planned ones of its series by the same shift. */
export function changeSession(
  db: Db,
  id: number,
  change: SessionPatch & { allowOverlap?: boolean | undefined; scope?: 'this' | 'following' | undefined },
  now: string,
): Session {
  const { allowOverlap, scope, ...patch } = change;
  const current = getSession(db, id);
  const following = scope === 'following' ? followingOf(db, current) : [];
  const shift = patch.startsAt ? minutesBetween(current.startsAt, patch.startsAt) : 0;
  const moved = [current, ...following.map((f) => getSession(db, f))];
  // Only planning can surprise: correcting the recorded time of a held session is not a booking.
  if ((patch.startsAt !== undefined || patch.durationMinutes !== undefined) && current.status === 'planned') {
    const slots = moved.map((s) => ({ startsAt: addMinutes(s.startsAt, shift), durationMinutes: patch.durationMinutes ?? s.durationMinutes }));
    refuseOverlap(db, slots, moved.map((s) => s.id), allowOverlap ?? false, 'startsAt');
  }
  const updated = updateSession(db, id, patch, now);
  for (const later of moved.slice(1)) {
    updateSession(db, later.id, { startsAt: addMinutes(later.startsAt, shift), durationMinutes: patch.durationMinutes, kind: patch.kind }, now);
  }
  return updated;
}

/** Set a status; scope 'following' is for cancelling the rest of a series. */
export function changeStatus(db: Db, id: number, status: SessionStatus, scope: 'this' | 'following' | undefined, now: string): Session {
  const current = getSession(db, id);
  if (scope === 'following' && status !== 'cancelled') {
    throw new AppError('INVALID_INPUT', 'Only cancelling applies to the following sessions of a series.', 'scope', 'scope_only_for_cancel');
  }
  const updated = setSessionStatus(db, id, status, now);
  if (scope === 'following') for (const later of followingOf(db, current)) setSessionStatus(db, later, status, now);
  return updated;
}
