import type { Goal, GoalWithSeries, Rating, RatingSeries } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import type { Db } from '../db/open';
import { getSession } from '../sessions/repository';
import { getGoal } from './repository';

export interface RatingRow {
  goal_id: number;
  session_id: number;
  participant_id: number;
  value: number;
  note: string;
  rated_at: string;
  starts_at: string;
}

const select = `SELECT r.goal_id, r.session_id, r.participant_id, r.value, r.note, r.rated_at, s.starts_at
  FROM rating r JOIN session s ON s.id = r.session_id`;

export function toRating(row: RatingRow): Rating {
  return {
    goalId: row.goal_id,
    sessionId: row.session_id,
    participantId: row.participant_id,
    value: row.value,
    note: row.note,
    ratedAt: row.rated_at,
  };
}

/** Every rating of a trajectory's goals, in session order. */
export function ratingsOfTrajectory(db: Db, trajectoryId: number): RatingRow[] {
  return db
    .prepare(`${select} WHERE r.goal_id IN (SELECT id FROM goal WHERE trajectory_id = ?) ORDER BY s.starts_at, s.id, r.participant_id`)
    .all(trajectoryId) as RatingRow[];
}

export function ratingsOfSession(db: Db, sessionId: number): RatingRow[] {
  return db.prepare(`${select} WHERE r.session_id = ? ORDER BY r.goal_id, r.participant_id`).all(sessionId) as RatingRow[];
}

/** Per participant, the ratings of one goal over time (rows must be in session order). */
export function withSeries(goal: Goal, rows: readonly RatingRow[]): GoalWithSeries {
  const series = new Map<number, RatingSeries>();
  for (const row of rows) {
    if (row.goal_id !== goal.id) continue;
    let s = series.get(row.participant_id);
    if (!s) series.set(row.participant_id, (s = { participantId: row.participant_id, points: [] }));
    s.points.push({ sessionId: row.session_id, startsAt: row.starts_at, value: row.value, note: row.note });
  }
  return { ...goal, series: [...series.values()].sort((a, b) => a.participantId - b.participantId) };
}

export function goalSeries(db: Db, goalId: number): GoalWithSeries {
  const goal = getGoal(db, goalId, 'goalId');
  const rows = db.prepare(`${select} WHERE r.goal_id = ? ORDER BY s.starts_at, s.id`).all(goalId) as RatingRow[];
  return withSeries(goal, rows);
}

export interface RatingInput {
  goalId: number;
  sessionId: number;
  participantId: number;
  value: number | null;
  note: string;
}

/** One rating per goal × session × participant: setting it again replaces it; null clears it. */
export function rate(db: Db, input: RatingInput, now: string): Rating | null {
  const goal = getGoal(db, input.goalId, 'goalId');
  const session = getSession(db, input.sessionId, 'sessionId');
  if (session.trajectoryId !== goal.trajectoryId) {
    throw new AppError('INVALID_INPUT', 'The session belongs to another trajectory.', 'sessionId', 'other_trajectory');
  }
  if (!session.attendeeIds.includes(input.participantId)) {
    throw new AppError('INVALID_INPUT', 'Only an attendee of the session can rate in it.', 'participantId', 'not_an_attendee');
  }
  const key = [input.goalId, input.sessionId, input.participantId];
  if (input.value === null) {
    db.prepare(`DELETE FROM rating WHERE goal_id = ? AND session_id = ? AND participant_id = ?`).run(...key);
    return null;
  }
  if (input.value < goal.scale.min || input.value > goal.scale.max) {
    throw new AppError('INVALID_INPUT', 'The rating lies outside the scale of this goal.', 'value', 'outside_scale');
  }
  db.prepare(
    `INSERT INTO rating (goal_id, session_id, participant_id, value, note, rated_at) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (goal_id, session_id, participant_id) DO UPDATE SET value = excluded.value, note = excluded.note,
       rated_at = excluded.rated_at`,
  ).run(...key, input.value, input.note, now);
  const row = db.prepare(`${select} WHERE r.goal_id = ? AND r.session_id = ? AND r.participant_id = ?`).get(...key) as RatingRow;
  return toRating(row);
}
