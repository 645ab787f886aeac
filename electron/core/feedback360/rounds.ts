import type { z } from 'zod';
import type { Feedback360Rater, Feedback360Round, RaterRole, RaterState } from '../../../shared/contract/feedback360';
import type { newRater } from '../../../shared/contract/feedback360';
import type { Language } from '../../../shared/contract/fields';
import { AppError } from '../../../shared/errors';
import type { Db } from '../db/open';
import { findQuestionnaire } from '../questionnaires/definitions';
import { getTrajectory, touchTrajectory } from '../trajectories/repository';

interface RoundRow {
  id: number;
  trajectory_id: number;
  participant_id: number;
  title: string;
  questionnaire_key: string;
  questionnaire_version: number;
  created_at: string;
  closed_at: string | null;
}

interface RaterRow {
  id: number;
  round_id: number;
  label: string;
  role: RaterRole;
  language: Language;
  answered: number;
  /** The latest form made for this rater, if any. */
  expires_at: string | null;
}

export type NewRater = z.output<typeof newRater>;

export function roundRow(db: Db, id: number, field = 'roundId'): RoundRow {
  const row = db.prepare(`SELECT * FROM feedback360_round WHERE id = ?`).get(id) as RoundRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', 'No 360 round with this id.', field);
  return row;
}

function stateOf(r: RaterRow, now: Date): RaterState {
  if (r.answered) return 'answered';
  if (r.expires_at === null) return 'no_form';
  return Date.parse(r.expires_at) < now.getTime() ? 'expired' : 'open';
}

function ratersOf(db: Db, roundIds: readonly number[], now: Date): Map<number, Feedback360Rater[]> {
  const out = new Map<number, Feedback360Rater[]>(roundIds.map((id) => [id, []]));
  if (roundIds.length === 0) return out;
  const rows = db
    .prepare(
      `SELECT r.id, r.round_id, r.label, r.role, r.language,
         EXISTS (SELECT 1 FROM feedback360_answer a WHERE a.rater_id = r.id) AS answered,
         (SELECT max(f.expires_at) FROM sealed_form f WHERE f.feedback360_rater_id = r.id) AS expires_at
       FROM feedback360_rater r WHERE r.round_id IN (${roundIds.map(() => '?').join(',')})
       ORDER BY CASE r.role WHEN 'self' THEN 0 WHEN 'manager' THEN 1 WHEN 'peer' THEN 2 WHEN 'direct_report' THEN 3 ELSE 4 END, r.id`,
    )
    .all(...roundIds) as RaterRow[];
  for (const r of rows) {
    out.get(r.round_id)!.push({ id: r.id, roundId: r.round_id, label: r.label, role: r.role, language: r.language, state: stateOf(r, now) });
  }
  return out;
}

function toRound(row: RoundRow, raters: Feedback360Rater[]): Feedback360Round {
  return {
    id: row.id,
    trajectoryId: row.trajectory_id,
    participantId: row.participant_id,
    title: row.title,
    questionnaireKey: row.questionnaire_key,
    questionnaireVersion: row.questionnaire_version,
    createdAt: row.created_at,
    closedAt: row.closed_at,
    raters,
  };
}

export function getRound(db: Db, id: number, now: Date, field = 'roundId'): Feedback360Round {
  const row = roundRow(db, id, field);
  return toRound(row, ratersOf(db, [id], now).get(id)!);
}

export function roundsOf(db: Db, trajectoryId: number, now: Date): Feedback360Round[] {
  const rows = db.prepare(`SELECT * FROM feedback360_round WHERE trajectory_id = ? ORDER BY created_at DESC, id DESC`).all(trajectoryId) as RoundRow[];
  const raters = ratersOf(db, rows.map((r) => r.id), now);
  return rows.map((r) => toRound(r, raters.get(r.id)!));
}

export function openRoundRow(db: Db, id: number, field = 'roundId'): RoundRow {
  const row = roundRow(db, id, field);
  if (row.closed_at !== null) throw new AppError('CONFLICT', 'This 360 round is closed.', field, 'round_closed');
  return row;
}

function insertRater(db: Db, roundId: number, rater: NewRater, now: string, field: string): void {
  if (rater.role === 'self' || rater.role === 'manager') {
    const taken = db.prepare(`SELECT 1 FROM feedback360_rater WHERE round_id = ? AND role = ?`).get(roundId, rater.role);
    if (taken) throw new AppError('CONFLICT', `A round has one ${rater.role === 'self' ? 'self' : 'manager'} rater at most.`, field, `one_${rater.role}_only`);
  }
  db.prepare(`INSERT INTO feedback360_rater (round_id, label, role, language, created_at) VALUES (?, ?, ?, ?, ?)`).run(
    roundId,
    rater.label,
    rater.role,
    rater.language,
    now,
  );
}

export interface NewRound {
  trajectoryId: number;
  participantId: number;
  title: string;
  questionnaireKey: string;
  raters: NewRater[];
}

export function createRound(db: Db, input: NewRound, now: Date): Feedback360Round {
  const trajectory = getTrajectory(db, input.trajectoryId, 'trajectoryId');
  if (!trajectory.participants.some((p) => p.id === input.participantId && p.removedAt === null)) {
    throw new AppError('INVALID_INPUT', 'This participant does not take part in this trajectory.', 'participantId', 'not_a_participant');
  }
  const definition = findQuestionnaire(db, input.questionnaireKey).definition;
  const nowText = now.toISOString();
  const id = Number(
    db
      .prepare(
        `INSERT INTO feedback360_round (trajectory_id, participant_id, title, questionnaire_key, questionnaire_version, created_at) VALUES (?, ?, ?, ?, ?, ?)`,
      )
      .run(trajectory.id, input.participantId, input.title, definition.key, definition.version, nowText).lastInsertRowid,
  );
  input.raters.forEach((rater, i) => insertRater(db, id, rater, nowText, `raters.${i}.role`));
  touchTrajectory(db, trajectory.id, nowText);
  return getRound(db, id, now);
}

export function addRater(db: Db, roundId: number, rater: NewRater, now: Date): Feedback360Round {
  const round = openRoundRow(db, roundId);
  const nowText = now.toISOString();
  insertRater(db, roundId, rater, nowText, 'role');
  touchTrajectory(db, round.trajectory_id, nowText);
  return getRound(db, roundId, now);
}

export function removeRater(db: Db, raterId: number, now: Date): Feedback360Round {
  const rater = db.prepare(`SELECT round_id FROM feedback360_rater WHERE id = ?`).get(raterId) as { round_id: number } | undefined;
  if (!rater) throw new AppError('NOT_FOUND', 'No rater with this id.', 'id');
  const round = openRoundRow(db, rater.round_id, 'id');
  if (db.prepare(`SELECT 1 FROM feedback360_answer WHERE rater_id = ?`).get(raterId)) {
    throw new AppError('CONFLICT', 'This rater has answered; their answers stay in the round.', 'id', 'rater_answered');
  }
  db.prepare(`DELETE FROM feedback360_rater WHERE id = ?`).run(raterId);
  touchTrajectory(db, round.trajectory_id, now.toISOString());
  return getRound(db, round.id, now);
}

export function closeRound(db: Db, roundId: number, now: Date): Feedback360Round {
  const round = openRoundRow(db, roundId);
  const nowText = now.toISOString();
  db.prepare(`UPDATE feedback360_round SET closed_at = ? WHERE id = ?`).run(nowText, roundId);
  touchTrajectory(db, round.trajectory_id, nowText);
  return getRound(db, roundId, now);
}
