import { method } from './define';
import { z } from 'zod';

export interface DemoPractice {
  clients: number;
  trajectories: number;
  sessions: number;
}

export const demoMethods = {
  'demo.seed': method<DemoPractice>()(
    z.object({ long: z.boolean().default(false) }).strict(),
    'Fill a new, empty vault with a realistic Dutch demo practice (a couple, a coaching client and a team); `long` adds a couple with 100 sessions over two years.',
  ),
};
