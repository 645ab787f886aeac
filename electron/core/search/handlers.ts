import type { HandlersFor } from '../context';
import { inSnapshot } from '../trajectories/transaction';
import { searchPractice } from './search';

export const searchHandlers: HandlersFor<'search'> = {
  'search.query': (input, ctx) => inSnapshot(ctx, (db) => searchPractice(db, input.query, input.kinds, input.limit)),
};
