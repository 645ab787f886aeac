import type { Session, Trajectory } from '../../../../shared/contract';
import { addDays } from '../../../../shared/domain/calendar';

/** The first planned session from now on, if any. */
export function nextPlannedSession(sessions: readonly Session[], now: string): Session | null {
  return (
    sessions
      .filter((s) => s.status === 'planned' && s.startsAt >= now)
      .sort((a, b) => a.startsAt.localeCompare(b.startsAt))[0] ?? null
  );
}

export interface CheckInState {
  /** The last held session (or the start) plus the interval, as core's dashboard counts it. */
  dueOn: string;
  overdue: boolean;
}

/** When the next check-in is due, for an open trajectory with a check-in interval; null otherwise. */
export function checkInState(trajectory: Trajectory, sessions: readonly Session[], now: string): CheckInState | null {
  if (trajectory.checkInWeeks === null || (trajectory.status !== 'intake' && trajectory.status !== 'active')) return null;
  const lastHeld = sessions
    .filter((s) => s.status === 'held' && s.startsAt <= now)
    .map((s) => s.startsAt)
    .sort()
    .at(-1);
  const from = (lastHeld ?? trajectory.startDate ?? trajectory.createdAt).slice(0, 10);
  const dueOn = addDays(from, trajectory.checkInWeeks * 7);
  return { dueOn, overdue: dueOn <= now.slice(0, 10) };
}
