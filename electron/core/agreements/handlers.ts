import { localDate, localDateTime } from '../../../shared/domain/calendar';
import type { HandlersFor } from '../context';
import { addRepairAction } from '../repairPlans/repository';
import { touchTrajectory } from '../trajectories/repository';
import { inSnapshot, inTransaction } from '../trajectories/transaction';
import { trajectoryRow } from '../trajectories/repository';
import { overdueAgreements } from './overdue';
import { agreementsOf, getAgreement, insertAgreement, removeAgreement, reviewAgreement, updateAgreement } from './repository';
import { agreementHistory } from './versions';

export const agreementHandlers: HandlersFor<'agreements'> = {
  'agreements.list': (input, ctx) =>
    inSnapshot(ctx, (db) => {
      trajectoryRow(db, input.trajectoryId, 'trajectoryId');
      return agreementsOf(db, input.trajectoryId, input.state);
    }),
  'agreements.create': ({ repairPlanId, ...values }, ctx) =>
    inTransaction(ctx, (db, now) => {
      const agreement = getAgreement(db, insertAgreement(db, values, now));
      if (repairPlanId !== undefined) addRepairAction(db, repairPlanId, agreement.id, agreement.trajectoryId);
      touchTrajectory(db, agreement.trajectoryId, now);
      return getAgreement(db, agreement.id);
    }),
  'agreements.update': ({ id, ...patch }, ctx) =>
    inTransaction(ctx, (db, now) => {
      const agreement = updateAgreement(db, id, patch, now);
      touchTrajectory(db, agreement.trajectoryId, now);
      return agreement;
    }),
  'agreements.remove': (input, ctx) =>
    inTransaction(ctx, (db, now) => {
      const agreement = removeAgreement(db, input.id);
      touchTrajectory(db, agreement.trajectoryId, now);
      return { removed: true as const };
    }),
  'agreements.history': (input, ctx) =>
    inSnapshot(ctx, (db) => {
      getAgreement(db, input.id);
      return agreementHistory(db, input.id);
    }),
  'agreements.review': ({ id, ...review }, ctx) =>
    inTransaction(ctx, (db, now) => {
      const agreement = reviewAgreement(db, id, review, now);
      touchTrajectory(db, agreement.trajectoryId, now);
      return agreement;
    }),
  'agreements.overdue': (input, ctx) => {
    const now = ctx.clock.now();
    return inSnapshot(ctx, (db) => {
      if (input.trajectoryId !== undefined) trajectoryRow(db, input.trajectoryId, 'trajectoryId');
      return overdueAgreements(db, { today: localDate(now), now: localDateTime(now) }, input.trajectoryId);
    });
  },
};
