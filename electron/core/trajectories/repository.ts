import type { Trajectory, TrajectoryList } from '../../../shared/contract';
import { addYears, localDate } from '../../../shared/domain/calendar';
import {
  trajectoryStatuses,
  wgboRetentionYears,
  type ParticipantRole,
  type RetentionProfile,
  type TrajectoryKind,
  type TrajectoryStatus,
} from '../../../shared/domain/trajectory';
import { AppError } from '../../../shared/errors';
import type { Db } from '../db/open';
import { toFtsQuery } from '../search/ftsQuery';
import { foldForSearch } from '../text/fold';
import { addParticipant, participantsOf } from './participants';

export interface TrajectoryRow {
  id: number;
  kind: TrajectoryKind;
  title: string;
  status: TrajectoryStatus;
  start_date: string | null;
  end_date: string | null;
  check_in_weeks: number | null;
  retention_profile: RetentionProfile;
  retention_years: number;
  created_at: string;
  updated_at: string;
}

type Retention = { profile: 'wgbo' } | { profile: 'custom'; years: number };

export interface TrajectoryValues {
  title: string;
  status: TrajectoryStatus;
  startDate: string | null;
  endDate: string | null;
  checkInWeeks: number | null;
  retention: Retention;
}

const columns = `id, kind, title, status, start_date, end_date, check_in_weeks, retention_profile, retention_years,
  created_at, updated_at`;

export function trajectoryRow(db: Db, id: number, field = 'id'): TrajectoryRow {
  const row = db.prepare(`SELECT ${columns} FROM trajectory WHERE id = ?`).get(id) as TrajectoryRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', 'No trajectory with this id.', field);
  return row;
}

/** WGBO: the file is kept for its retention term after its last change; any change inside restarts it. */
export function retainUntil(row: Pick<TrajectoryRow, 'updated_at' | 'retention_years'>): string {
  return addYears(localDate(new Date(row.updated_at)), row.retention_years);
}

function toTrajectory(row: TrajectoryRow, participants: Trajectory['participants']): Trajectory {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    status: row.status,
    startDate: row.start_date,
    endDate: row.end_date,
    checkInWeeks: row.check_in_weeks,
    retention: { profile: row.retention_profile, years: row.retention_years },
    retainUntil: retainUntil(row),
    participants,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function getTrajectory(db: Db, id: number, field = 'id'): Trajectory {
  return toTrajectory(trajectoryRow(db, id, field), participantsOf(db, [id]));
}

/** Any change inside a trajectory is a change of its file: it restarts the retention term. */
export function touchTrajectory(db: Db, id: number, now: string): void {
  db.prepare(`UPDATE trajectory SET updated_at = ? WHERE id = ?`).run(now, id);
}

function retentionYears(r: Retention): number {
  return r.profile === 'custom' ? r.years : wgboRetentionYears;
}

function checkDates(v: { startDate: string | null; endDate: string | null }): void {
  if (v.startDate && v.endDate && v.endDate < v.startDate) {
    throw new AppError('INVALID_INPUT', 'The end date is before the start date.', 'endDate', 'end_before_start');
  }
}

export function insertTrajectory(
  db: Db,
  kind: TrajectoryKind,
  values: TrajectoryValues,
  participants: { clientId: number; role: ParticipantRole }[],
  now: string,
): Trajectory {
  checkDates(values);
  const id = Number(
    db
      .prepare(
        `INSERT INTO trajectory (kind, title, search_title, status, start_date, end_date, check_in_weeks,
           retention_profile, retention_years, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(kind, values.title, foldForSearch(values.title), values.status, values.startDate, values.endDate,
        values.checkInWeeks, values.retention.profile, retentionYears(values.retention), now, now).lastInsertRowid,
  );
  participants.forEach((p, i) => addParticipant(db, { id, kind }, p.clientId, p.role, now, `participants.${i}.clientId`));
  return getTrajectory(db, id);
}

export function updateTrajectory(db: Db, id: number, patch: Partial<TrajectoryValues>, now: string): Trajectory {
  const current = getTrajectory(db, id);
  const next = {
    ...current,
    ...patch,
    retention: patch.retention ?? current.retention,
  };
  checkDates(next);
  db.prepare(
    `UPDATE trajectory SET title = ?, search_title = ?, status = ?, start_date = ?, end_date = ?, check_in_weeks = ?,
       retention_profile = ?, retention_years = ?, updated_at = ? WHERE id = ?`,
  ).run(next.title, foldForSearch(next.title), next.status, next.startDate, next.endDate, next.checkInWeeks,
    next.retention.profile, 'years' in next.retention ? next.retention.years : wgboRetentionYears, now, id);
  return getTrajectory(db, id);
}

export interface TrajectoryQuery {
  query: string;
  status: 'open' | TrajectoryStatus | 'all';
  clientId?: number | undefined;
  kind?: TrajectoryKind | undefined;
  offset: number;
  limit: number;
}

const openStatuses = trajectoryStatuses
  .filter((status) => status !== 'closed')
  .map((status) => `'${status}'`)
  .join(', ');

/** The WHERE clause of the list, all in SQL: open ones through a partial index, words through the full-text indexes. */
export function trajectoryFilter(q: Omit<TrajectoryQuery, 'offset' | 'limit'>): { clause: string; params: Record<string, unknown> } {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  // "Open" named as the statuses it holds, so counting them seeks the status index instead of reading all of it.
  if (q.status === 'open') where.push(`t.status IN (${openStatuses})`);
  else if (q.status !== 'all') {
    where.push('t.status = @status');
    params.status = q.status;
  }
  if (q.kind !== undefined) {
    where.push('t.kind = @kind');
    params.kind = q.kind;
  }
  if (q.clientId !== undefined) {
    where.push('EXISTS (SELECT 1 FROM participant p WHERE p.trajectory_id = t.id AND p.client_id = @clientId)');
    params.clientId = q.clientId;
  }
  toFtsQuery(q.query).terms.forEach((term, i) => {
    // Each word is the start of a word of the title or of a participant's name, found in the full-text indexes.
    // One set of ids (a union, not an OR of two) so the list reads only the trajectories that match.
    where.push(`t.id IN (SELECT rowid FROM trajectory_fts WHERE trajectory_fts MATCH @w${i}
      UNION SELECT p.trajectory_id FROM participant p WHERE p.client_id IN (SELECT rowid FROM client_fts WHERE client_fts MATCH @w${i}))`);
    params[`w${i}`] = `"${term}"*`;
  });
  return { clause: where.length ? `WHERE ${where.join(' AND ')}` : '', params };
}

export const trajectoryListOrder = 'ORDER BY t.updated_at DESC, t.id DESC';

export function listTrajectories(db: Db, q: TrajectoryQuery): TrajectoryList {
  const { clause, params } = trajectoryFilter(q);
  const total = db.prepare(`SELECT count(*) FROM trajectory t ${clause}`).pluck().get(params) as number;
  const rows = db
    .prepare(`SELECT ${columns} FROM trajectory t ${clause} ${trajectoryListOrder} LIMIT @limit OFFSET @offset`)
    .all({ ...params, limit: q.limit, offset: q.offset }) as TrajectoryRow[];
  const participants = participantsOf(db, rows.map((r) => r.id));
  return {
    items: rows.map((row) => toTrajectory(row, participants.filter((p) => p.trajectoryId === row.id))),
    total,
  };
}
