import { addDays, localDate, localDateTime } from '../../../shared/domain/calendar';
import type { TrajectoryStatus } from '../../../shared/domain/trajectory';
import type { LocalNow } from '../agreements/overdue';
import type { Db } from '../db/open';

/** Only a trajectory that is under way (intake or active) has check-ins; a paused or closed one waits for nothing. */
export const checkInStatuses: readonly TrajectoryStatus[] = ['intake', 'active'];

/** The local day and wall-clock time of an instant, as the due rules compare them. */
export function localNow(instant: Date): LocalNow {
  return { today: localDate(instant), now: localDateTime(instant) };
}

/** Where a trajectory stands between sessions: its next planned session and, with an interval, its next check-in. */
export interface TrajectoryPlanning {
  trajectoryId: number;
  title: string;
  /** The first planned session from today on (one earlier today that was not held still counts). */
  nextPlanned: { sessionId: number; startsAt: string } | null;
  lastHeldAt: string | null;
  /** Null without a check-in interval or when the trajectory is not under way. */
  checkIn: { weeks: number; dueOn: string; overdue: boolean } | null;
}

interface PlanningRow {
  id: number;
  title: string;
  status: TrajectoryStatus;
  check_in_weeks: number | null;
  started: string;
  last_held: string | null;
  next_id: number | null;
  next_at: string | null;
}

/**
 * THE check-in rule, for the dashboard and the trajectory page alike: the next check-in is due the interval
 * after the last held session (or after the start), and is overdue from that day on.
 */
export function trajectoryPlanning(db: Db, at: LocalNow, which: { trajectoryId: number } | 'withCheckIns'): TrajectoryPlanning[] {
  const where =
    which === 'withCheckIns'
      ? `t.check_in_weeks IS NOT NULL AND t.status IN (SELECT value FROM json_each(@statuses))`
      : `t.id = @trajectoryId`;
  const rows = db
    .prepare(
      `SELECT t.id, t.title, t.status, t.check_in_weeks, coalesce(t.start_date, substr(t.created_at, 1, 10)) AS started,
         (SELECT max(s.starts_at) FROM session s WHERE s.trajectory_id = t.id AND s.status = 'held' AND s.starts_at <= @now) AS last_held,
         n.id AS next_id, n.starts_at AS next_at
       FROM trajectory t
       LEFT JOIN session n ON n.id = (SELECT s.id FROM session s WHERE s.trajectory_id = t.id AND s.status = 'planned'
         AND s.starts_at >= @today ORDER BY s.starts_at, s.id LIMIT 1)
       WHERE ${where}`,
    )
    .all({
      now: at.now,
      today: at.today,
      statuses: JSON.stringify(checkInStatuses),
      trajectoryId: which === 'withCheckIns' ? null : which.trajectoryId,
    }) as PlanningRow[];
  return rows.map((r) => {
    const dueOn = r.check_in_weeks === null ? null : addDays((r.last_held ?? r.started).slice(0, 10), r.check_in_weeks * 7);
    return {
      trajectoryId: r.id,
      title: r.title,
      nextPlanned: r.next_id === null || r.next_at === null ? null : { sessionId: r.next_id, startsAt: r.next_at },
      lastHeldAt: r.last_held,
      checkIn:
        dueOn === null || r.check_in_weeks === null || !checkInStatuses.includes(r.status)
          ? null
          : { weeks: r.check_in_weeks, dueOn, overdue: dueOn <= at.today },
    };
  });
}
