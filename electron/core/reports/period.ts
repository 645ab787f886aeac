import type { Session } from '../../../shared/contract';
import type { Period } from '../../../shared/domain/audience';
import { AppError } from '../../../shared/errors';
import type { Db } from '../db/open';
import { getSession, sessionsOfTrajectory } from '../sessions/repository';

/** How far back a report looks unless the practitioner chooses otherwise: what a client remembers. */
export const RECENT_MONTHS = 6;

export interface PeriodChoice {
  fromSessionId?: number | undefined;
  toSessionId?: number | undefined;
  /** Local dates, as the command line gives them. */
  from?: string | undefined;
  to?: string | undefined;
}

/** The local date `months` calendar months before `date` ('YYYY-MM-DD'), clamped to the month's last day. */
export function monthsBefore(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) - months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${year}-${pad(month)}-${pad(Math.min(d, last))}`;
}

/** The first held session of the recent months before `end`: where the default period starts. */
export function recentStartSession(db: Db, trajectoryId: number, end: string): { id: number; day: string } | null {
  return recentStartOf(sessionsOfTrajectory(db, trajectoryId), end);
}

/** recentStartSession over sessions already read. */
export function recentStartOf(sessions: readonly Pick<Session, 'id' | 'status' | 'startsAt'>[], end: string): { id: number; day: string } | null {
  const held = sessions
    .filter((s) => s.status === 'held' && s.startsAt.slice(0, 10) <= end)
    .map((s) => ({ id: s.id, day: s.startsAt.slice(0, 10) }))
    .sort((a, b) => a.day.localeCompare(b.day));
  const since = monthsBefore(end, RECENT_MONTHS);
  return held.find((s) => s.day >= since) ?? held.at(-1) ?? null;
}

/**
 * The report's period from the sessions (or dates) the practitioner chose: the local date of the
 * first one up to the local date of the last one, both included. Without a start it covers the
 * recent months; without an end it runs up to `today` (the day the report is made), so a planned
 * session never shows up in a report about what happened.
 */
export function periodOfSessions(db: Db, trajectoryId: number, choice: PeriodChoice, today: string): Period {
  const dayOf = (sessionId: number, field: string) => {
    const session = getSession(db, sessionId, field);
    if (session.trajectoryId !== trajectoryId) {
      throw new AppError('INVALID_INPUT', 'This session belongs to another trajectory.', field, 'not_in_trajectory');
    }
    return session.startsAt.slice(0, 10);
  };
  if (choice.from !== undefined && choice.fromSessionId !== undefined) {
    throw new AppError('INVALID_INPUT', 'Choose a start session or a start date, not both.', 'from', 'period_twice');
  }
  if (choice.to !== undefined && choice.toSessionId !== undefined) {
    throw new AppError('INVALID_INPUT', 'Choose an end session or an end date, not both.', 'to', 'period_twice');
  }
  const chosenFrom = choice.fromSessionId === undefined ? choice.from : dayOf(choice.fromSessionId, 'fromSessionId');
  const chosenTo = choice.toSessionId === undefined ? choice.to : dayOf(choice.toSessionId, 'toSessionId');
  const toField = choice.toSessionId === undefined ? 'to' : 'toSessionId';
  if (chosenFrom !== undefined && chosenTo !== undefined && chosenFrom > chosenTo) {
    throw new AppError('INVALID_INPUT', 'The period ends before it starts.', toField, 'period_reversed');
  }
  const to = chosenTo ?? (chosenFrom !== undefined && chosenFrom > today ? chosenFrom : today);
  const from = chosenFrom ?? recentStartSession(db, trajectoryId, to)?.day;
  return { ...(from === undefined ? {} : { from }), to };
}
