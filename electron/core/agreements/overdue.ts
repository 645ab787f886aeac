import type { OverdueAgreement } from '../../../shared/contract';
import { addDays } from '../../../shared/domain/calendar';
import type { DueAgreement } from '../../../shared/contract/dashboard';
import type { Db } from '../db/open';
import { agreementSelect, toAgreement, type AgreementRow } from './repository';

export interface LocalNow {
  /** 'YYYY-MM-DD' */
  today: string;
  /** 'YYYY-MM-DDTHH:mm' */
  now: string;
}

export interface DueRow {
  id: number;
  trajectory_id: number;
  trajectory_title: string;
  reason: DueAgreement['reason'];
  /** The due date, the held session that should have reviewed it, or the planned one that will. */
  due_on: string;
}

export interface DueOptions {
  trajectoryId?: number | undefined;
  /** Also list agreements due up to this date, or to be discussed in a session before it ends. */
  weekEnd?: string | undefined;
}

/**
 * Open agreements that are due. Overdue: the due date has passed, or it was for the next session
 * and a held session after it has passed without reviewing it. With `weekEnd`, also those due
 * this week or to be discussed in a session planned this week. Practice-wide, closed
 * trajectories are left out: nobody will review their agreements any more. Open trajectories are
 * the outer loop, each with its last held and next planned session computed once, then only their
 * open agreements from the covering partial index (without statistics the planner would scan more).
 */
export function dueRows(db: Db, at: LocalNow, options: DueOptions = {}): DueRow[] {
  const scope = options.trajectoryId === undefined ? `t.status IN ('intake', 'active', 'paused')` : 't.id = @trajectoryId';
  return db
    .prepare(
      `WITH live AS MATERIALIZED (
         SELECT t.id, t.title,
           (SELECT max(s.starts_at) FROM session s WHERE s.trajectory_id = t.id AND s.status = 'held' AND s.starts_at <= @now) AS last_held,
           (SELECT min(s.starts_at) FROM session s WHERE s.trajectory_id = t.id AND s.status = 'planned' AND s.starts_at >= @today) AS next_planned
         FROM trajectory t WHERE ${scope}
       ),
       due AS (
         SELECT a.id, a.trajectory_id, live.title, a.due_date, a.made_at, live.next_planned,
           CASE
             WHEN a.due_kind = 'date' AND a.due_date < @today THEN 'due_date_passed'
             WHEN a.due_kind = 'next_session' AND live.last_held > a.made_at THEN 'next_session_passed'
             WHEN a.due_kind = 'date' AND a.due_date <= @weekEnd THEN 'due_this_week'
             WHEN a.due_kind = 'next_session' AND live.next_planned > a.made_at AND live.next_planned < @afterWeek
               THEN 'next_session_this_week'
           END AS reason
         FROM live CROSS JOIN agreement a INDEXED BY agreement_open ON a.trajectory_id = live.id AND a.outcome IS NULL
       )
       SELECT id, trajectory_id, title AS trajectory_title, reason,
         CASE reason
           WHEN 'next_session_passed' THEN substr((SELECT min(s.starts_at) FROM session s
             WHERE s.trajectory_id = due.trajectory_id AND s.status = 'held' AND s.starts_at > due.made_at), 1, 10)
           WHEN 'next_session_this_week' THEN substr(next_planned, 1, 10)
           ELSE due_date
         END AS due_on
       FROM due WHERE reason IS NOT NULL
       ORDER BY reason IN ('due_date_passed', 'next_session_passed') DESC, due_on, id`,
    )
    .all({
      ...at,
      trajectoryId: options.trajectoryId,
      weekEnd: options.weekEnd ?? null,
      afterWeek: options.weekEnd ? addDays(options.weekEnd, 1) : null,
    }) as DueRow[];
}

export function overdueAgreements(db: Db, at: LocalNow, trajectoryId?: number): OverdueAgreement[] {
  const overdue = dueRows(db, at, { trajectoryId });
  if (overdue.length === 0) return [];
  const rows = db
    .prepare(`${agreementSelect} WHERE a.id IN (SELECT value FROM json_each(?))`)
    .all(JSON.stringify(overdue.map((o) => o.id))) as AgreementRow[];
  const byId = new Map(rows.map((row) => [row.id, toAgreement(row)]));
  return overdue.map((o) => ({
    ...byId.get(o.id)!,
    trajectoryTitle: o.trajectory_title,
    reason: o.reason as OverdueAgreement['reason'],
    overdueSince: o.due_on,
  }));
}
