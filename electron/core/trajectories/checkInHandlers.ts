import type { HandlersFor } from '../context';
import { localNow } from './checkIn';
import { checkInPlan, setCheckInPlan } from './checkInCadence';
import { inSnapshot, inTransaction } from './transaction';

export const checkInHandlers: HandlersFor<'checkIns'> = {
  'checkIns.get': ({ trajectoryId }, ctx) => {
    const at = localNow(ctx.clock.now());
    return inSnapshot(ctx, (db) => checkInPlan(db, trajectoryId, at));
  },
  'checkIns.set': (input, ctx) =>
    inTransaction(ctx, (db, now) => {
      setCheckInPlan(db, input, now);
      return checkInPlan(db, input.trajectoryId, localNow(new Date(now)));
    }),
};
