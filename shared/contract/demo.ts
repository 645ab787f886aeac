import { method } from './define';
import { empty } from './fields';

export interface DemoPractice {
  clients: number;
  trajectories: number;
  sessions: number;
}

export const demoMethods = {
  'demo.seed': method<DemoPractice>()(
    empty,
    'Fill a new, empty vault with a realistic Dutch demo practice (a couple, a coaching client and a team).',
  ),
};
