import type { Goal, ParsedInputOf } from '../../../shared/contract';
import { scaleProblems, type GoalStatus, type TrustFactor } from '../../../shared/domain/goal';
import { AppError } from '../../../shared/errors';
import type { Db } from '../db/open';
import { trajectoryRow } from '../trajectories/repository';

interface GoalRow {
  id: number;
  trajectory_id: number;
  title: string;
  description: string;
  trust_factor: TrustFactor;
  scale_min: number;
  scale_max: number;
  baseline: number | null;
  target: number | null;
  status: GoalStatus;
  created_at: string;
  updated_at: string;
}

const columns = `id, trajectory_id, title, description, trust_factor, scale_min, scale_max, baseline, target, status,
  created_at, updated_at`;

function toGoal(row: GoalRow): Goal {
  return {
    id: row.id,
    trajectoryId: row.trajectory_id,
    title: row.title,
    description: row.description,
    trustFactor: row.trust_factor,
    scale: { min: row.scale_min, max: row.scale_max },
    baseline: row.baseline,
    target: row.target,
    status: row.status,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function getGoal(db: Db, id: number, field = 'id'): Goal {
  const row = db.prepare(`SELECT ${columns} FROM goal WHERE id = ?`).get(id) as GoalRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', 'No goal with this id.', field);
  return toGoal(row);
}

export function goalsOf(db: Db, trajectoryId: number): Goal[] {
  return (db.prepare(`SELECT ${columns} FROM goal WHERE trajectory_id = ? ORDER BY id`).all(trajectoryId) as GoalRow[]).map(toGoal);
}

/** What a goal holds, as the contract's goals.create parses it (less the trajectory it belongs to). */
export type GoalValues = Omit<ParsedInputOf<'goals.create'>, 'trajectoryId'>;

function checkScale(v: GoalValues): void {
  const [problem] = scaleProblems(v);
  if (!problem) return;
  const message = problem.reason === 'scale_reversed' ? 'The scale maximum must be above its minimum.' : `The ${problem.field} lies outside the scale.`;
  throw new AppError('INVALID_INPUT', message, problem.field, problem.reason);
}

export function insertGoal(db: Db, trajectoryId: number, v: GoalValues, now: string): Goal {
  trajectoryRow(db, trajectoryId, 'trajectoryId');
  checkScale(v);
  const id = db
    .prepare(
      `INSERT INTO goal (trajectory_id, title, description, trust_factor, scale_min, scale_max, baseline, target, status,
         created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(trajectoryId, v.title, v.description, v.trustFactor, v.scaleMin, v.scaleMax, v.baseline, v.target, v.status, now, now)
    .lastInsertRowid;
  return getGoal(db, Number(id));
}

export function updateGoal(db: Db, id: number, patch: Partial<GoalValues>, now: string): Goal {
  const g = getGoal(db, id);
  const next: GoalValues = {
    title: g.title,
    description: g.description,
    trustFactor: g.trustFactor,
    scaleMin: g.scale.min,
    scaleMax: g.scale.max,
    baseline: g.baseline,
    target: g.target,
    status: g.status,
    ...patch,
  };
  checkScale(next);
  const outside = db
    .prepare(`SELECT 1 FROM rating WHERE goal_id = ? AND (value < ? OR value > ?) LIMIT 1`)
    .get(id, next.scaleMin, next.scaleMax);
  if (outside) throw new AppError('CONFLICT', 'Existing ratings lie outside the new scale.', 'scaleMin', 'ratings_outside_scale');
  db.prepare(
    `UPDATE goal SET title = ?, description = ?, trust_factor = ?, scale_min = ?, scale_max = ?, baseline = ?, target = ?,
       status = ?, updated_at = ? WHERE id = ?`,
  ).run(next.title, next.description, next.trustFactor, next.scaleMin, next.scaleMax, next.baseline, next.target, next.status, now, id);
  return getGoal(db, id);
}
