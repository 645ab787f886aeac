// Test data builders shared by every feature's tests: a real encrypted vault, and small factories
// (makeClient, makeTrajectory, makeSession, ...) that go through dispatch like the app does.
import { join } from 'node:path';
import { createCore, type Core } from '../../electron/core/index';
import type { Clock } from '../../electron/core/vault/vault';
import type {
  Agreement,
  Client,
  Goal,
  InputOf,
  MethodName,
  OutputOf,
  QuestionnaireResponse,
  Session,
  Trajectory,
} from '../../shared/contract';
import { passphrase, removeDir, tempDir } from './tempVault';

/** A clock the test moves by hand. */
export interface TestClock extends Clock {
  set(instant: Date | string): void;
}

export function fixedClock(instant: Date | string = '2026-11-25T10:00:00Z'): TestClock {
  let now = new Date(instant);
  return { now: () => new Date(now), set: (next) => (now = new Date(next)) };
}

export interface TestPractice {
  core: Core;
  clock: TestClock;
  dir: string;
  close(): void;
}

/** A new encrypted vault in a temp folder, unlocked, on a fixed clock. Create one per test file. */
export async function openPractice(clock: TestClock = fixedClock()): Promise<TestPractice> {
  const dir = tempDir();
  const core = createCore(join(dir, 'vault'), clock);
  const created = await core.dispatch('vault.create', { passphrase });
  if (!created.ok) throw new Error(`vault.create failed: ${created.error.code}`);
  return {
    core,
    clock,
    dir,
    close: () => {
      core.vault.lock();
      removeDir(dir);
    },
  };
}

/** Call a method with typed input and output; a failure fails the test with its code and field. */
export async function invoke<M extends MethodName>(core: Core, method: M, input: InputOf<M>): Promise<OutputOf<M>> {
  const result = await core.dispatch(method, input);
  if (!result.ok) {
    throw Object.assign(new Error(`${method} failed: ${result.error.code} ${result.error.field ?? ''} ${result.error.message}`), {
      error: result.error,
    });
  }
  return result.value as OutputOf<M>;
}

/** The error code and field a call fails with (throws if it succeeds). */
export async function failure(core: Core, method: MethodName, input: unknown): Promise<{ code: string; field?: string; reason?: string }> {
  const result = await core.dispatch(method, input);
  if (result.ok) throw new Error(`${method} unexpectedly succeeded`);
  return result.error;
}

let serial = 0;
const next = () => ++serial;

export function makeClient(core: Core, fields: Partial<InputOf<'clients.create'>> = {}): Promise<Client> {
  const n = next();
  return invoke(core, 'clients.create', { firstName: `Cliënt${n}`, lastName: `Testpersoon${n}`, ...fields });
}

type TrajectoryInput = InputOf<'trajectories.create'>;

/**
 * A trajectory with new clients: an individual one has a client, a couple two partners, a team
 * three members. Pass `participants` to choose them yourself.
 */
export async function makeTrajectory(core: Core, fields: Partial<TrajectoryInput> = {}): Promise<Trajectory> {
  const kind = fields.kind ?? 'individual';
  let participants = fields.participants;
  if (!participants) {
    const [count, role] = kind === 'couple' ? [2, 'partner' as const] : kind === 'team' ? [3, 'team_member' as const] : [1, 'client' as const];
    participants = [];
    for (let i = 0; i < count; i++) participants.push({ clientId: (await makeClient(core)).id, role });
  }
  return invoke(core, 'trajectories.create', { title: `Traject ${next()}`, status: 'active', ...fields, kind, participants });
}

let minutes = 0;
/** Each new session starts a day after the previous one unless `startsAt` is given. */
function nextStart(): string {
  minutes += 24 * 60;
  return new Date(Date.UTC(2026, 0, 5, 9, 0) + minutes * 60_000).toISOString().slice(0, 16);
}

export function makeSession(
  core: Core,
  trajectory: { id: number },
  fields: Partial<Omit<InputOf<'sessions.create'>, 'trajectoryId'>> = {},
): Promise<Session> {
  return invoke(core, 'sessions.create', { trajectoryId: trajectory.id, startsAt: nextStart(), status: 'held', ...fields });
}

export function makeAgreement(
  core: Core,
  session: { id: number },
  fields: Partial<Omit<InputOf<'agreements.create'>, 'sessionId'>> = {},
): Promise<Agreement> {
  return invoke(core, 'agreements.create', {
    sessionId: session.id,
    owner: { kind: 'all' },
    text: `Afspraak ${next()}`,
    due: { kind: 'next_session' },
    ...fields,
  });
}

export function makeGoal(
  core: Core,
  trajectory: { id: number },
  fields: Partial<Omit<InputOf<'goals.create'>, 'trajectoryId'>> = {},
): Promise<Goal> {
  return invoke(core, 'goals.create', { trajectoryId: trajectory.id, title: `Doel ${next()}`, trustFactor: 'consistency', ...fields });
}

/** A response to a questionnaire (default the trust check-in) with every item answered `value` (default the top of the scale). */
export async function makeQuestionnaireResponse(
  core: Core,
  session: { id: number },
  participantId: number,
  fields: { key?: string; answers?: InputOf<'questionnaires.respond'>['answers']; value?: number } = {},
): Promise<QuestionnaireResponse> {
  const key = fields.key ?? 'trust-check-in';
  let answers = fields.answers;
  if (!answers) {
    const { definition } = await invoke(core, 'questionnaires.get', { key });
    answers = definition.items.map((item) => ({ itemId: item.id, value: fields.value ?? definition.scale.max }));
  }
  return invoke(core, 'questionnaires.respond', { sessionId: session.id, participantId, key, answers });
}
