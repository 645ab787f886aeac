import type { HandlersFor } from '../context';
import { touchTrajectory, trajectoryRow } from '../trajectories/repository';
import { inSnapshot, inTransaction } from '../trajectories/transaction';
import { goalSeries, rate } from './ratings';
import { getGoal, goalsOf, insertGoal, updateGoal } from './repository';

export const goalHandlers: HandlersFor<'goals'> = {
  'goals.list': (input, ctx) =>
    inSnapshot(ctx, (db) => {
      trajectoryRow(db, input.trajectoryId, 'trajectoryId');
      return goalsOf(db, input.trajectoryId);
    }),
  'goals.create': ({ trajectoryId, ...values }, ctx) =>
    inTransaction(ctx, (db, now) => {
      const goal = insertGoal(db, trajectoryId, values, now);
      touchTrajectory(db, trajectoryId, now);
      return goal;
    }),
  'goals.update': ({ id, ...patch }, ctx) =>
    inTransaction(ctx, (db, now) => {
      const goal = updateGoal(db, id, patch, now);
      touchTrajectory(db, goal.trajectoryId, now);
      return goal;
    }),
  'goals.rate': (input, ctx) =>
    inTransaction(ctx, (db, now) => {
      const rating = rate(db, input, now);
      touchTrajectory(db, getGoal(db, input.goalId).trajectoryId, now);
      return { rating };
    }),
  'goals.series': (input, ctx) => inSnapshot(ctx, (db) => goalSeries(db, input.goalId)),
};
