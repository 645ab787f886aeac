import type { HandlersFor } from '../context';
import { createDispatch } from '../dispatch';
import { seedDemo } from './seedDemo';

export const demoHandlers: HandlersFor<'demo'> = {
  'demo.seed': (input, ctx) => seedDemo(createDispatch(ctx), ctx, input),
};
