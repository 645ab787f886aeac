import type { HandlersFor } from '../context';
import { inSnapshot } from '../trajectories/transaction';
import { dashboard } from './dashboard';

export const dashboardHandlers: HandlersFor<'dashboard'> = {
  'dashboard.get': (_input, ctx) => {
    const now = ctx.clock.now();
    return inSnapshot(ctx, (db) => dashboard(db, now));
  },
};
