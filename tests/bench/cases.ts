// The benchmark cases. Each runs through dispatch, the same door the app uses. To add a case (for
// example "render a 100-session report"), push it onto benchCases; run.ts times it on both databases.
import type { Dispatch } from '../../electron/core/dispatch';
import type { MethodName } from '../../shared/contract';
import type { Pick } from './random';

export interface BenchFacts {
  trajectoryIds: number[];
  /** A couple trajectory with 100 sessions (notes, ratings, agreements): for "render a 100-session report". */
  reportTrajectoryId: number;
  nameFragments: string[];
  searchQueries: string[];
}

export interface BenchEnv {
  label: 'encrypted' | 'plain';
  dispatch: Dispatch;
  /** Seeded the same for both databases, so both get the same inputs. */
  pick: Pick;
  facts: BenchFacts;
}

export interface BenchCase {
  name: string;
  iterations: number;
  /** p95 target in ms; default 20 (a screen that feels instant). */
  targetP95Ms?: number;
  run(env: BenchEnv): Promise<unknown>;
}

export async function call(env: BenchEnv, method: MethodName, input: unknown): Promise<unknown> {
  const result = await env.dispatch(method, input);
  if (!result.ok) throw new Error(`${method} failed on the ${env.label} database: ${result.error.code} ${result.error.message}`);
  return result.value;
}

export const benchCases: BenchCase[] = [
  {
    name: 'clients.list (text filter)',
    iterations: 300,
    run: (env) => call(env, 'clients.list', { query: env.pick.one(env.facts.nameFragments) }),
  },
  {
    name: 'trajectories.detail',
    iterations: 300,
    run: (env) => call(env, 'trajectories.detail', { id: env.pick.one(env.facts.trajectoryIds) }),
  },
  { name: 'dashboard.get', iterations: 150, run: (env) => call(env, 'dashboard.get', {}) },
  {
    name: 'search.query',
    iterations: 300,
    run: (env) => call(env, 'search.query', { query: env.pick.one(env.facts.searchQueries) }),
  },
  {
    // What a progress report is built from: the joint view of a 100-session trajectory.
    name: 'audienceView (100 sessions)',
    iterations: 100,
    run: (env) => call(env, 'trajectories.audienceView', { id: env.facts.reportTrajectoryId, audience: { kind: 'joint' } }),
  },
  {
    // What the practitioner waits for after "Exporteren": the joint report of 100 sessions read,
    // rendered, hashed and recorded.
    name: 'render a 100-session report (reports.export)',
    iterations: 10,
    targetP95Ms: 1000,
    run: (env) => call(env, 'reports.export', { trajectoryId: env.facts.reportTrajectoryId, audience: { kind: 'joint' } }),
  },
];
