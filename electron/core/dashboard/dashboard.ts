import type { CheckInDue, Dashboard, QuestionnaireDue, DashboardSession, DueAgreement, RecentTrajectory } from '../../../shared/contract';
import { addDays, localDate, localDateTime, mondayOf } from '../../../shared/domain/calendar';
import type { SessionKind, SessionStatus } from '../../../shared/domain/session';
import type { TrajectoryKind, TrajectoryStatus } from '../../../shared/domain/trajectory';
import { dueRows, type LocalNow } from '../agreements/overdue';
import { toOwner } from '../agreements/repository';
import type { Db } from '../db/open';
import { trajectoryPlanning } from '../trajectories/checkIn';
import { questionnaireCheckIns } from '../trajectories/checkInQuestionnaires';
import { displayNameSql } from '../trajectories/participants';

const maxDue = 100;
const recentCount = 8;

interface SessionRow {
  id: number;
  trajectory_id: number;
  title: string;
  trajectory_kind: TrajectoryKind;
  starts_at: string;
  duration_minutes: number;
  kind: SessionKind;
  status: SessionStatus;
  started_at: string | null;
  names: string;
}

/** Sessions starting on local dates from..to (both included), in time order. */
export function sessionsBetween(db: Db, from: string, to: string): DashboardSession[] {
  const rows = db
    .prepare(
      `SELECT s.id, s.trajectory_id, t.title, t.kind AS trajectory_kind, s.starts_at, s.duration_minutes, s.kind, s.status, s.started_at,
         (SELECT json_group_array(${displayNameSql}) FROM session_attendee a JOIN participant p ON p.id = a.participant_id
           JOIN client c ON c.id = p.client_id WHERE a.session_id = s.id) AS names
       FROM session s JOIN trajectory t ON t.id = s.trajectory_id
       WHERE s.starts_at >= ? AND s.starts_at < ? ORDER BY s.starts_at, s.id`,
    )
    .all(from, addDays(to, 1)) as SessionRow[];
  return rows.map((r) => ({
    id: r.id,
    trajectoryId: r.trajectory_id,
    trajectoryTitle: r.title,
    trajectoryKind: r.trajectory_kind,
    startsAt: r.starts_at,
    durationMinutes: r.duration_minutes,
    kind: r.kind,
    status: r.status,
    startedAt: r.started_at,
    attendeeNames: JSON.parse(r.names) as string[],
  }));
}

interface DueRow {
  id: number;
  trajectory_id: number;
  title: string;
  text: string;
  owner_kind: 'participant' | 'all' | 'practitioner';
  owner_participant_id: number | null;
  owner_name: string | null;
  due_kind: 'date' | 'next_session';
  due_date: string | null;
  made_on: string;
}

function dueDetails(db: Db, ids: readonly number[]): Map<number, DueRow> {
  const rows = db
    .prepare(
      `SELECT a.id, a.trajectory_id, t.title, a.text, a.owner_kind, a.owner_participant_id,
         (SELECT ${displayNameSql} FROM participant p JOIN client c ON c.id = p.client_id WHERE p.id = a.owner_participant_id) AS owner_name,
         a.due_kind, a.due_date, substr(a.made_at, 1, 10) AS made_on
       FROM agreement a JOIN trajectory t ON t.id = a.trajectory_id
       WHERE a.id IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(ids)) as DueRow[];
  return new Map(rows.map((r) => [r.id, r]));
}

/** Overdue agreements first, then those due this week or to be discussed in a session this week. */
function agreementsDue(db: Db, at: LocalNow, weekEnd: string): Dashboard['agreementsDue'] {
  const due = dueRows(db, at, { weekEnd });
  const shown = due.slice(0, maxDue);
  const details = dueDetails(db, shown.map((d) => d.id));
  const items = shown.map((d): DueAgreement => {
    const r = details.get(d.id)!;
    return {
      id: d.id,
      trajectoryId: r.trajectory_id,
      trajectoryTitle: r.title,
      text: r.text,
      owner: toOwner(r.owner_kind, r.owner_participant_id),
      ownerName: r.owner_name,
      due: r.due_kind === 'date' ? { kind: 'date', date: r.due_date! } : { kind: 'next_session' },
      madeOn: r.made_on,
      reason: d.reason,
      dueOn: d.due_on,
    };
  });
  return { items, total: due.length };
}

/** Open trajectories whose check-in is due (overdue from its day on), soonest first. */
function checkInsDue(db: Db, at: LocalNow): CheckInDue[] {
  return trajectoryPlanning(db, at, 'withCheckIns')
    .flatMap(({ trajectoryId, title, lastHeldAt, checkIn, nextPlanned }) =>
      checkIn?.overdue
        ? [{ trajectoryId, title, checkInWeeks: checkIn.weeks, lastHeldAt, dueOn: checkIn.dueOn, nextPlannedAt: nextPlanned?.startsAt ?? null }]
        : [],
    )
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.trajectoryId - b.trajectoryId);
}

/** Check-in questionnaires due within a week or overdue, overdue and soonest first. */
function questionnairesDue(db: Db, at: LocalNow): QuestionnaireDue[] {
  return questionnaireCheckIns(db, at, 'underWay')
    .flatMap((c) => (c.dueOn !== null && (c.state === 'due' || c.state === 'overdue') ? [{ ...c, dueOn: c.dueOn, state: c.state }] : []))
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.trajectoryId - b.trajectoryId || a.questionnaireKey.localeCompare(b.questionnaireKey));
}

function recentlyChanged(db: Db): RecentTrajectory[] {
  const rows = db
    .prepare(
      `SELECT t.id, t.title, t.kind, t.status, t.updated_at,
         (SELECT json_group_array(${displayNameSql}) FROM participant p JOIN client c ON c.id = p.client_id
           WHERE p.trajectory_id = t.id AND p.removed_at IS NULL) AS names
       FROM trajectory t ORDER BY t.updated_at DESC, t.id DESC LIMIT ${recentCount}`,
    )
    .all() as { id: number; title: string; kind: TrajectoryKind; status: TrajectoryStatus; updated_at: string; names: string }[];
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    kind: r.kind,
    status: r.status,
    updatedAt: r.updated_at,
    participantNames: JSON.parse(r.names) as string[],
  }));
}

/** The start page, for the local day of `instant`; the week runs Monday to Sunday. */
export function dashboard(db: Db, instant: Date): Dashboard {
  const at = { today: localDate(instant), now: localDateTime(instant) };
  const weekStart = mondayOf(at.today);
  const weekEnd = addDays(weekStart, 6);
  const week = sessionsBetween(db, weekStart, weekEnd);
  return {
    today: at.today,
    weekStart,
    weekEnd,
    sessionsToday: week.filter((s) => s.startsAt.startsWith(at.today)),
    sessionsThisWeek: week,
    agreementsDue: agreementsDue(db, at, weekEnd),
    checkInsDue: checkInsDue(db, at),
    questionnairesDue: questionnairesDue(db, at),
    recentlyChanged: recentlyChanged(db),
  };
}
