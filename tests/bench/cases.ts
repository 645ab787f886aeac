// The benchmark cases: each is what one screen asks core for when it opens, through dispatch, the
// same door the app uses. run.ts times every case on the encrypted and the plain database, and on
// the practice at a tenth of its size.
import type { Dispatch } from '../../electron/core/dispatch';
import type { MethodName } from '../../shared/contract';
import { practiceCounts } from './generate';
import type { Pick } from './random';

export interface BenchFacts {
  trajectoryIds: number[];
  /** Sessions of every status, for the session workspace. */
  sessionIds: number[];
  /** A couple trajectory with 100 sessions (notes, ratings, agreements): for "render a 100-session report". */
  reportTrajectoryId: number;
  /** The start of a first or last name: what a practitioner types to find a client. */
  nameFragments: string[];
  /** A first name and the start of the surname: what a practitioner types to find one client. */
  clientNames: string[];
  /** Words from trajectory titles: what a practitioner types to find a trajectory. */
  titleWords: string[];
  /** Whole queries for the search page, including ones that are easy to get wrong. */
  searchQueries: string[];
}

export interface BenchEnv {
  label: string;
  dispatch: Dispatch;
  /** Seeded the same for every database, so each gets the same inputs. */
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

/** Every call a screen makes on open, at once, as the screen makes them. */
const all = (env: BenchEnv, calls: [MethodName, unknown][]) => Promise.all(calls.map(([method, input]) => call(env, method, input)));

/** The palette asks again with each letter typed: the first 1, 2 or 5 letters of a name. */
const typed = (env: BenchEnv, letters: number) => env.pick.one(env.facts.nameFragments).slice(0, letters);

export const screenCases: BenchCase[] = [
  {
    name: 'dashboard',
    iterations: 150,
    run: (env) => all(env, [['dashboard.get', {}], ['clients.list', { archived: 'active', limit: 1 }]]),
  },
  {
    name: 'clients list',
    iterations: 150,
    run: (env) => all(env, [['clients.list', { query: '', archived: 'active', sort: 'name', offset: 0, limit: 50 }], ['clients.list', { archived: 'archived', limit: 1 }]]),
  },
  {
    // Looking for one client: a first name and the start of the surname ("lotte brin").
    name: 'clients list, with a name',
    iterations: 150,
    run: (env) => call(env, 'clients.list', { query: env.pick.one(env.facts.clientNames), archived: 'active', sort: 'name', offset: 0, limit: 50 }),
  },
  {
    // One fragment of a name: every client with a name that starts so, ten times as many in a practice ten times the size.
    name: 'clients list, with a fragment',
    iterations: 150,
    run: (env) => call(env, 'clients.list', { query: env.pick.one(env.facts.nameFragments), archived: 'active', sort: 'name', offset: 0, limit: 50 }),
  },
  {
    name: 'trajectories list, open',
    iterations: 150,
    run: (env) => all(env, [['trajectories.list', { query: '', status: 'open', limit: 50 }], ['trajectories.list', { status: 'all', limit: 1 }]]),
  },
  {
    name: 'trajectories list, closed',
    iterations: 150,
    run: (env) => call(env, 'trajectories.list', { query: '', status: 'closed', limit: 50 }),
  },
  {
    name: 'trajectories list, with a query',
    iterations: 150,
    run: (env) => call(env, 'trajectories.list', { query: env.pick.one(env.facts.titleWords), status: 'all', limit: 50 }),
  },
  {
    name: 'trajectory page',
    iterations: 150,
    run: (env) => {
      const id = env.pick.one(env.facts.trajectoryIds);
      return all(env, [['trajectories.detail', { id }], ['questionnaires.scoreSeries', { trajectoryId: id }], ['questionnaires.responses', { trajectoryId: id }]]);
    },
  },
  {
    name: 'session workspace',
    iterations: 150,
    run: async (env) => {
      const id = env.pick.one(env.facts.sessionIds);
      const [workspace] = (await all(env, [['sessions.workspace', { id, language: 'nl' }], ['noteTemplates.list', { language: 'nl' }], ['questionnaires.list', { language: 'nl' }]])) as [
        { trajectory: { id: number } },
        ...unknown[],
      ];
      return call(env, 'questionnaires.responses', { trajectoryId: workspace.trajectory.id });
    },
  },
  { name: 'search palette, 1 letter', iterations: 150, run: (env) => call(env, 'search.query', { query: typed(env, 1), limit: 8 }) },
  { name: 'search palette, 2 letters', iterations: 150, run: (env) => call(env, 'search.query', { query: typed(env, 2), limit: 8 }) },
  { name: 'search palette, 5 letters', iterations: 150, run: (env) => call(env, 'search.query', { query: typed(env, 5), limit: 8 }) },
  { name: 'search page', iterations: 150, run: (env) => call(env, 'search.query', { query: env.pick.one(env.facts.searchQueries), limit: 50 }) },
  {
    // The client page: a client whole in one call.
    name: 'client page',
    iterations: 150,
    // Ids from 1 up to the smaller practice's count exist at every size.
    run: (env) => call(env, 'clients.overview', { id: env.pick.int(1, practiceCounts(0.1).clients) }),
  },
  { name: 'calendar, a week', iterations: 150, run: (env) => call(env, 'calendar.entries', { from: '2026-11-23', to: '2026-11-29' }) },
  {
    // The plan dialog: the next free slot to start from, and what overlaps the time chosen.
    name: 'plan a session',
    iterations: 150,
    run: (env) =>
      all(env, [
        ['sessions.nextFreeSlot', { trajectoryId: env.pick.one(env.facts.trajectoryIds) }],
        ['sessions.overlaps', { startsAt: `2026-12-0${env.pick.int(1, 9)}T${10 + env.pick.int(0, 8)}:00`, durationMinutes: 60 }],
      ]),
  },
  {
    // "Agenda exporteren": every planned session from today as an .ics file.
    name: 'calendar export',
    iterations: 20,
    targetP95Ms: 500,
    run: (env) => call(env, 'calendar.export', {}),
  },
  {
    name: 'report builder',
    iterations: 100,
    run: (env) => {
      const id = env.pick.one(env.facts.trajectoryIds);
      return all(env, [['trajectories.get', { id }], ['reports.options', { trajectoryId: id, language: 'nl' }], ['reports.list', { trajectoryId: id }]]);
    },
  },
];

export const reportCases: BenchCase[] = [
  {
    // What the practitioner waits for after "Exporteren": the joint report of 100 sessions read,
    // rendered, hashed and recorded (concise, the recent months: the default).
    name: 'render a 100-session report (reports.export)',
    iterations: 30,
    targetP95Ms: 1000,
    run: (env) => call(env, 'reports.export', { trajectoryId: env.facts.reportTrajectoryId, audience: { kind: 'joint' } }),
  },
  {
    // The same trajectory whole and "volledig": every session and agreement since the start.
    name: 'render a 100-session report, whole and full (reports.preview)',
    iterations: 10,
    targetP95Ms: 3000,
    run: (env) => call(env, 'reports.preview', { trajectoryId: env.facts.reportTrajectoryId, audience: { kind: 'joint' }, from: '2000-01-01', full: true }),
  },
];
