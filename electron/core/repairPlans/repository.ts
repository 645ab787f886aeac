import type { ParsedInputOf, RepairPlan, RepairPlanDetail } from '../../../shared/contract';
import type { RepairPlanStatus } from '../../../shared/domain/goal';
import { AppError } from '../../../shared/errors';
import { getAgreement } from '../agreements/repository';
import type { Db } from '../db/open';
import { getGoal } from '../goals/repository';
import { trajectoryRow } from '../trajectories/repository';

interface PlanRow {
  id: number;
  trajectory_id: number;
  title: string;
  what_happened: string;
  acknowledged_on: string | null;
  status: RepairPlanStatus;
  agreement_ids: string;
  goal_ids: string;
  created_at: string;
  updated_at: string;
}

const select = `SELECT p.id, p.trajectory_id, p.title, p.what_happened, p.acknowledged_on, p.status,
  (SELECT json_group_array(agreement_id) FROM (SELECT agreement_id FROM repair_action WHERE repair_plan_id = p.id
    ORDER BY position, agreement_id)) AS agreement_ids,
  (SELECT json_group_array(goal_id) FROM (SELECT goal_id FROM repair_goal WHERE repair_plan_id = p.id ORDER BY goal_id)) AS goal_ids,
  p.created_at, p.updated_at FROM repair_plan p`;

function toPlan(row: PlanRow): RepairPlan {
  return {
    id: row.id,
    trajectoryId: row.trajectory_id,
    title: row.title,
    whatHappened: row.what_happened,
    acknowledgedOn: row.acknowledged_on,
    status: row.status,
    agreementIds: JSON.parse(row.agreement_ids) as number[],
    goalIds: JSON.parse(row.goal_ids) as number[],
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function repairPlansOf(db: Db, trajectoryId: number): RepairPlan[] {
  return (db.prepare(`${select} WHERE p.trajectory_id = ? ORDER BY p.id`).all(trajectoryId) as PlanRow[]).map(toPlan);
}

export function getRepairPlan(db: Db, id: number): RepairPlanDetail {
  const row = db.prepare(`${select} WHERE p.id = ?`).get(id) as PlanRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', 'No repair plan with this id.', 'id');
  const plan = toPlan(row);
  return { ...plan, actions: plan.agreementIds.map((a) => getAgreement(db, a)), goals: plan.goalIds.map((g) => getGoal(db, g)) };
}

/** What a repair plan holds, as the contract's repairPlans.create parses it (less the trajectory it belongs to). */
export type RepairPlanValues = Omit<ParsedInputOf<'repairPlans.create'>, 'trajectoryId'>;

function belongs(db: Db, table: 'agreement' | 'goal', id: number, trajectoryId: number): boolean {
  return db.prepare(`SELECT trajectory_id FROM ${table} WHERE id = ?`).pluck().get(id) === trajectoryId;
}

/** Replace the repair actions and monitoring goals; each must belong to the plan's trajectory. */
function setLinks(db: Db, planId: number, trajectoryId: number, agreementIds?: number[], goalIds?: number[]): void {
  if (agreementIds) {
    const ids = [...new Set(agreementIds)];
    ids.forEach((id, i) => {
      if (!belongs(db, 'agreement', id, trajectoryId)) {
        throw new AppError('INVALID_INPUT', 'This agreement is not part of the trajectory.', `agreementIds.${i}`, 'other_trajectory');
      }
    });
    db.prepare(`DELETE FROM repair_action WHERE repair_plan_id = ?`).run(planId);
    const add = db.prepare(`INSERT INTO repair_action (repair_plan_id, agreement_id, position) VALUES (?, ?, ?)`);
    ids.forEach((id, position) => add.run(planId, id, position));
  }
  if (goalIds) {
    const ids = [...new Set(goalIds)];
    ids.forEach((id, i) => {
      if (!belongs(db, 'goal', id, trajectoryId)) {
        throw new AppError('INVALID_INPUT', 'This goal is not part of the trajectory.', `goalIds.${i}`, 'other_trajectory');
      }
    });
    db.prepare(`DELETE FROM repair_goal WHERE repair_plan_id = ?`).run(planId);
    const add = db.prepare(`INSERT INTO repair_goal (repair_plan_id, goal_id) VALUES (?, ?)`);
    ids.forEach((id) => add.run(planId, id));
  }
}

export function insertRepairPlan(db: Db, trajectoryId: number, v: RepairPlanValues, now: string): RepairPlanDetail {
  trajectoryRow(db, trajectoryId, 'trajectoryId');
  const id = Number(
    db
      .prepare(
        `INSERT INTO repair_plan (trajectory_id, title, what_happened, acknowledged_on, status, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(trajectoryId, v.title, v.whatHappened, v.acknowledgedOn, v.status, now, now).lastInsertRowid,
  );
  setLinks(db, id, trajectoryId, v.agreementIds, v.goalIds);
  return getRepairPlan(db, id);
}

export function updateRepairPlan(db: Db, id: number, patch: Partial<RepairPlanValues>, now: string): RepairPlanDetail {
  const current = getRepairPlan(db, id);
  const next = { ...current, ...patch };
  db.prepare(`UPDATE repair_plan SET title = ?, what_happened = ?, acknowledged_on = ?, status = ?, updated_at = ? WHERE id = ?`).run(
    next.title,
    next.whatHappened,
    next.acknowledgedOn,
    next.status,
    now,
    id,
  );
  setLinks(db, id, current.trajectoryId, patch.agreementIds, patch.goalIds);
  return getRepairPlan(db, id);
}

/** Link a new agreement as the next repair action of a plan in the same trajectory. */
export function addRepairAction(db: Db, planId: number, agreementId: number, trajectoryId: number): void {
  const plan = db.prepare(`SELECT trajectory_id FROM repair_plan WHERE id = ?`).pluck().get(planId);
  if (plan !== trajectoryId) throw new AppError('INVALID_INPUT', 'No repair plan with this id in the trajectory.', 'repairPlanId', 'other_trajectory');
  db.prepare(
    `INSERT INTO repair_action (repair_plan_id, agreement_id, position)
     VALUES (?, ?, (SELECT coalesce(max(position) + 1, 0) FROM repair_action WHERE repair_plan_id = ?))`,
  ).run(planId, agreementId, planId);
}
