import type { HandlersFor } from '../context';
import { createDispatch } from '../dispatch';
import { seedDemo } from './seedDemo';

export const demoHandlers: HandlersFor<'demo'> = {
  'demo.seed': (_input, ctx) => seedDemo(createDispatch(ctx), ctx),
};
