import type { ParsedInputOf, Session, SessionList } from '../../../shared/contract';
import { addDays } from '../../../shared/domain/calendar';
import type { SessionKind, SessionStatus } from '../../../shared/domain/session';
import type { TrajectoryKind } from '../../../shared/domain/trajectory';
import { AppError } from '../../../shared/errors';
import { individualSessionOwner } from '../audience/policy';
import type { Db } from '../db/open';
import { requireParticipantOf } from '../trajectories/participants';
import { trajectoryRow } from '../trajectories/repository';

interface SessionRow {
  id: number;
  trajectory_id: number;
  starts_at: string;
  duration_minutes: number;
  kind: SessionKind;
  status: SessionStatus;
  finalised_at: string | null;
  started_at: string | null;
  series_id: number | null;
  created_at: string;
  updated_at: string;
  trajectory_kind: TrajectoryKind;
  attendees: string;
  has_notes: number;
}

export const sessionSelect = `SELECT s.id, s.trajectory_id, s.starts_at, s.duration_minutes, s.kind, s.status,
  s.finalised_at, s.started_at, s.series_id, s.created_at, s.updated_at, t.kind AS trajectory_kind,
  (SELECT json_group_array(a.participant_id) FROM session_attendee a WHERE a.session_id = s.id) AS attendees,
  EXISTS (SELECT 1 FROM session_note n WHERE n.session_id = s.id AND (n.summary != '' OR n.private_notes != '')) AS has_notes
  FROM session s JOIN trajectory t ON t.id = s.trajectory_id`;

export function toSession(row: SessionRow): Session {
  const attendeeIds = (JSON.parse(row.attendees) as number[]).sort((a, b) => a - b);
  return {
    id: row.id,
    trajectoryId: row.trajectory_id,
    startsAt: row.starts_at,
    durationMinutes: row.duration_minutes,
    kind: row.kind,
    status: row.status,
    attendeeIds,
    individualFor: individualSessionOwner(row.trajectory_kind, attendeeIds),
    finalisedAt: row.finalised_at,
    startedAt: row.started_at,
    seriesId: row.series_id,
    hasNotes: row.has_notes === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function getSession(db: Db, id: number, field = 'id'): Session {
  const row = db.prepare(`${sessionSelect} WHERE s.id = ?`).get(id) as SessionRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', 'No session with this id.', field);
  return toSession(row);
}

/** All sessions of a trajectory, oldest first. */
export function sessionsOfTrajectory(db: Db, trajectoryId: number): Session[] {
  const rows = db
    .prepare(`${sessionSelect} WHERE s.trajectory_id = ? ORDER BY s.starts_at, s.id`)
    .all(trajectoryId) as SessionRow[];
  return rows.map(toSession);
}

export interface SessionQuery {
  trajectoryId?: number | undefined;
  from?: string | undefined;
  to?: string | undefined;
  status?: SessionStatus | undefined;
  offset: number;
  limit: number;
}

export function listSessions(db: Db, q: SessionQuery): SessionList {
  const where: string[] = [];
  const params: Record<string, unknown> = { limit: q.limit, offset: q.offset };
  const add = (condition: string, name: string, value: unknown) => {
    where.push(condition);
    params[name] = value;
  };
  if (q.trajectoryId !== undefined) add('s.trajectory_id = @trajectoryId', 'trajectoryId', q.trajectoryId);
  if (q.from) add('s.starts_at >= @from', 'from', q.from);
  if (q.to) add('s.starts_at < @to', 'to', addDays(q.to, 1));
  if (q.status) add('s.status = @status', 'status', q.status);
  const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const total = db.prepare(`SELECT count(*) FROM session s ${clause}`).pluck().get(params) as number;
  const rows = db
    .prepare(`${sessionSelect} ${clause} ORDER BY s.starts_at DESC, s.id DESC LIMIT @limit OFFSET @offset`)
    .all(params) as SessionRow[];
  return { items: rows.map(toSession), total };
}

function currentParticipants(db: Db, trajectoryId: number): number[] {
  return db
    .prepare(`SELECT id FROM participant WHERE trajectory_id = ? AND removed_at IS NULL ORDER BY id`)
    .pluck()
    .all(trajectoryId) as number[];
}

/** Replace the attendees; someone who already rated goals in this session cannot be taken out. */
function setAttendees(db: Db, session: { id: number; trajectoryId: number }, attendeeIds: readonly number[], isNew: boolean): void {
  const wanted = [...new Set(attendeeIds)];
  if (wanted.length === 0) throw new AppError('INVALID_INPUT', 'A session needs at least one attendee.', 'attendeeIds', 'too_small');
  const current = isNew ? [] : (db.prepare(`SELECT participant_id FROM session_attendee WHERE session_id = ?`).pluck().all(session.id) as number[]);
  wanted.forEach((id, i) => {
    if (!current.includes(id)) requireParticipantOf(db, session.trajectoryId, id, `attendeeIds.${i}`);
  });
  for (const gone of current.filter((id) => !wanted.includes(id))) {
    if (db.prepare(`SELECT 1 FROM rating WHERE session_id = ? AND participant_id = ?`).get(session.id, gone)) {
      throw new AppError('CONFLICT', 'This attendee already rated goals in this session.', 'attendeeIds', 'attendee_has_ratings');
    }
    db.prepare(`DELETE FROM session_attendee WHERE session_id = ? AND participant_id = ?`).run(session.id, gone);
  }
  const add = db.prepare(`INSERT INTO session_attendee (session_id, participant_id) VALUES (?, ?)`);
  for (const id of wanted.filter((id) => !current.includes(id))) add.run(session.id, id);
}

/** A new session as the contract's sessions.create parses it (the overlap check is the handler's). */
export type NewSession = Omit<ParsedInputOf<'sessions.create'>, 'allowOverlap'>;

export function insertSession(db: Db, values: NewSession, now: string): Session {
  trajectoryRow(db, values.trajectoryId, 'trajectoryId');
  const attendeeIds = values.attendeeIds ?? currentParticipants(db, values.trajectoryId);
  if (attendeeIds.length === 0) {
    throw new AppError('CONFLICT', 'The trajectory has no participants to attend a session.', 'attendeeIds', 'no_participants');
  }
  const id = Number(
    db
      .prepare(
        `INSERT INTO session (trajectory_id, starts_at, duration_minutes, kind, status, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(values.trajectoryId, values.startsAt, values.durationMinutes, values.kind, values.status, now, now).lastInsertRowid,
  );
  setAttendees(db, { id, trajectoryId: values.trajectoryId }, attendeeIds, true);
  return getSession(db, id);
}

/** The changes sessions.update parses (less what the handler decides: overlap and series scope). */
export type SessionPatch = Omit<ParsedInputOf<'sessions.update'>, 'id' | 'allowOverlap' | 'scope'>;

export function updateSession(db: Db, id: number, patch: SessionPatch, now: string): Session {
  const current = getSession(db, id);
  if (patch.attendeeIds) {
    const same = [...new Set(patch.attendeeIds)].sort((a, b) => a - b).join() === current.attendeeIds.join();
    // Changing who was there would move finalised notes between joint and individual.
    if (!same && current.finalisedAt) {
      throw new AppError('CONFLICT', 'The notes are finalised: the attendees can no longer change.', 'attendeeIds', 'finalised');
    }
    if (!same) setAttendees(db, current, patch.attendeeIds, false);
  }
  if (patch.startsAt && patch.startsAt !== current.startsAt) {
    db.prepare(`UPDATE agreement SET made_at = ? WHERE made_in_session_id = ?`).run(patch.startsAt, id);
  }
  db.prepare(`UPDATE session SET starts_at = ?, duration_minutes = ?, kind = ?, updated_at = ? WHERE id = ?`).run(
    patch.startsAt ?? current.startsAt,
    patch.durationMinutes ?? current.durationMinutes,
    patch.kind ?? current.kind,
    now,
    id,
  );
  return getSession(db, id);
}

export function setSessionStatus(db: Db, id: number, status: SessionStatus, now: string): Session {
  const current = getSession(db, id);
  if (status === 'planned' && current.finalisedAt) {
    throw new AppError('CONFLICT', 'A session with finalised notes cannot be planned again.', 'status', 'finalised');
  }
  // Planned again means not started either.
  db.prepare(`UPDATE session SET status = ?, started_at = CASE WHEN ? = 'planned' THEN NULL ELSE started_at END, updated_at = ? WHERE id = ?`)
    .run(status, status, now, id);
  return getSession(db, id);
}

/** "Sessie starten": in progress, nothing more; held comes with finalising or by choice. */
export function startSession(db: Db, id: number, now: string): Session {
  const current = getSession(db, id);
  if (current.status !== 'planned') {
    throw new AppError('CONFLICT', 'Only a planned session can be started.', 'id', 'not_planned');
  }
  if (!current.startedAt) db.prepare(`UPDATE session SET started_at = ?, updated_at = ? WHERE id = ?`).run(now, now, id);
  return getSession(db, id);
}
