import type { Participant } from '../../../shared/contract';
import { roleProblem, type ParticipantRole, type TrajectoryKind } from '../../../shared/domain/trajectory';
import { AppError } from '../../../shared/errors';
import type { Db } from '../db/open';

interface ParticipantRow {
  id: number;
  trajectory_id: number;
  client_id: number;
  role: ParticipantRole;
  first_name: string;
  last_name: string;
  preferred_name: string;
  joined_at: string;
  removed_at: string | null;
}

export function displayName(p: { preferredName: string; firstName: string; lastName: string }): string {
  return `${p.preferredName || p.firstName} ${p.lastName}`.trim();
}

/** The same name in SQL, for a participant's client row `c`. */
export const displayNameSql = `coalesce(nullif(c.preferred_name, ''), c.first_name) || ' ' || c.last_name`;

function toParticipant(row: ParticipantRow): Participant {
  const names = { firstName: row.first_name, lastName: row.last_name, preferredName: row.preferred_name };
  return {
    id: row.id,
    trajectoryId: row.trajectory_id,
    clientId: row.client_id,
    role: row.role,
    ...names,
    displayName: displayName(names),
    joinedAt: row.joined_at,
    removedAt: row.removed_at,
  };
}

const select = `SELECT p.id, p.trajectory_id, p.client_id, p.role, c.first_name, c.last_name, c.preferred_name,
  p.joined_at, p.removed_at FROM participant p JOIN client c ON c.id = p.client_id`;

/** The participants of some trajectories, in the order they joined. */
export function participantsOf(db: Db, trajectoryIds: readonly number[]): Participant[] {
  if (trajectoryIds.length === 0) return [];
  const rows = db
    .prepare(`${select} WHERE p.trajectory_id IN (SELECT value FROM json_each(?)) ORDER BY p.trajectory_id, p.id`)
    .all(JSON.stringify(trajectoryIds)) as ParticipantRow[];
  return rows.map(toParticipant);
}

export function getParticipant(db: Db, id: number, field = 'participantId'): Participant {
  const row = db.prepare(`${select} WHERE p.id = ?`).get(id) as ParticipantRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', 'No participant with this id.', field);
  return toParticipant(row);
}

/** Checks that a participant takes part in this trajectory (and has not left, unless allowed). */
export function requireParticipantOf(db: Db, trajectoryId: number, participantId: number, field: string, allowRemoved = false): void {
  const row = db.prepare(`SELECT trajectory_id, removed_at FROM participant WHERE id = ?`).get(participantId) as
    | { trajectory_id: number; removed_at: string | null }
    | undefined;
  if (!row || row.trajectory_id !== trajectoryId) {
    throw new AppError('INVALID_INPUT', 'This participant does not take part in this trajectory.', field, 'not_a_participant');
  }
  if (row.removed_at !== null && !allowRemoved) {
    throw new AppError('CONFLICT', 'This participant has left the trajectory.', field, 'participant_removed');
  }
}

function checkRole(db: Db, trajectoryId: number, kind: TrajectoryKind, role: ParticipantRole, field: string): void {
  const others = db
    .prepare(`SELECT role FROM participant WHERE trajectory_id = ? AND removed_at IS NULL`)
    .pluck()
    .all(trajectoryId) as ParticipantRole[];
  const problem = roleProblem(kind, role, others);
  if (problem === 'role_not_for_kind') throw new AppError('INVALID_INPUT', `A ${kind} trajectory has no ${role}.`, field, problem);
  if (problem === 'role_full') throw new AppError('CONFLICT', `This trajectory already has its ${role}(s).`, field, problem);
}

export function addParticipant(
  db: Db,
  trajectory: { id: number; kind: TrajectoryKind },
  clientId: number,
  role: ParticipantRole,
  now: string,
  field = 'clientId',
): void {
  if (!db.prepare(`SELECT 1 FROM client WHERE id = ?`).get(clientId)) {
    throw new AppError('NOT_FOUND', 'No client with this id.', field);
  }
  const existing = db
    .prepare(`SELECT id, removed_at FROM participant WHERE trajectory_id = ? AND client_id = ?`)
    .get(trajectory.id, clientId) as { id: number; removed_at: string | null } | undefined;
  if (existing && existing.removed_at === null) {
    throw new AppError('CONFLICT', 'This client already takes part in this trajectory.', field, 'already_participant');
  }
  checkRole(db, trajectory.id, trajectory.kind, role, field);
  if (existing) {
    db.prepare(`UPDATE participant SET removed_at = NULL, role = ? WHERE id = ?`).run(role, existing.id);
  } else {
    db.prepare(`INSERT INTO participant (trajectory_id, client_id, role, joined_at) VALUES (?, ?, ?, ?)`).run(
      trajectory.id,
      clientId,
      role,
      now,
    );
  }
}

/**
 * A participant without history is deleted; one who attended sessions or owns agreements stays,
 * marked removed, so that notes, ratings and agreements keep their meaning (and their privacy).
 */
export function removeParticipant(db: Db, participantId: number, now: string): number {
  const participant = getParticipant(db, participantId);
  const hasHistory =
    db.prepare(`SELECT 1 FROM session_attendee WHERE participant_id = ? LIMIT 1`).get(participantId) ??
    db.prepare(`SELECT 1 FROM agreement WHERE owner_participant_id = ? LIMIT 1`).get(participantId);
  if (hasHistory) {
    db.prepare(`UPDATE participant SET removed_at = coalesce(removed_at, ?) WHERE id = ?`).run(now, participantId);
  } else {
    db.prepare(`DELETE FROM participant WHERE id = ?`).run(participantId);
  }
  return participant.trajectoryId;
}
