import type { HandlersFor } from '../context';
import { touchTrajectory, trajectoryRow } from '../trajectories/repository';
import { inSnapshot, inTransaction } from '../trajectories/transaction';
import { getRepairPlan, insertRepairPlan, repairPlansOf, updateRepairPlan } from './repository';

export const repairPlanHandlers: HandlersFor<'repairPlans'> = {
  'repairPlans.list': (input, ctx) =>
    inSnapshot(ctx, (db) => {
      trajectoryRow(db, input.trajectoryId, 'trajectoryId');
      return repairPlansOf(db, input.trajectoryId);
    }),
  'repairPlans.get': (input, ctx) => inSnapshot(ctx, (db) => getRepairPlan(db, input.id)),
  'repairPlans.create': ({ trajectoryId, ...values }, ctx) =>
    inTransaction(ctx, (db, now) => {
      const plan = insertRepairPlan(db, trajectoryId, values, now);
      touchTrajectory(db, trajectoryId, now);
      return plan;
    }),
  'repairPlans.update': ({ id, ...patch }, ctx) =>
    inTransaction(ctx, (db, now) => {
      const plan = updateRepairPlan(db, id, patch, now);
      touchTrajectory(db, plan.trajectoryId, now);
      return plan;
    }),
};
