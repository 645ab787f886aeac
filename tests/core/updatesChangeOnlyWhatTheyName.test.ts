import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, type MethodName } from '../../shared/contract';
import { invoke, makeAgreement, makeClient, makeGoal, makeSession, makeTrajectory, openPractice, type TestPractice } from '../support/factories';

let practice: TestPractice;
beforeAll(async () => (practice = await openPractice()));
afterAll(() => practice.close());

/** The smallest input of each update method: only what names the record. */
const keyOnly: Partial<Record<MethodName, object>> = {
  'practice.update': {},
  'clients.update': { id: 1 },
  'trajectories.update': { id: 1 },
  'sessions.update': { id: 1 },
  'agreements.update': { id: 1 },
  'goals.update': { id: 1 },
  'repairPlans.update': { id: 1 },
  // Replaces a whole definition by design: its input has no optional fields to reset.
  'questionnaires.update': null as never,
};

const without = <T extends object>(value: T, ...keys: string[]) =>
  Object.fromEntries(Object.entries(value).filter(([k]) => !keys.includes(k)));

describe('updates change only what they name', () => {
  it('every update method of the contract is covered here, and none fills in a field it was not given', () => {
    const updates = Object.keys(contract).filter((name) => name.endsWith('.update'));
    expect(updates.sort()).toEqual(Object.keys(keyOnly).sort());
    for (const name of updates) {
      const input = keyOnly[name as MethodName];
      if (!input) continue;
      const parsed = contract[name as MethodName].input.parse(input);
      expect(parsed, name).toEqual(input);
    }
  });

  it('a client changed by last name keeps their English language and every other field', async () => {
    const { core } = practice;
    const client = await makeClient(core, {
      preferredName: 'Jo',
      dateOfBirth: '1980-04-02',
      email: 'jo@example.nl',
      phone: '06 1234 5678',
      address: 'Kerkstraat 1, Utrecht',
      language: 'en',
    });
    const changed = await invoke(core, 'clients.update', { id: client.id, lastName: 'Jansen' });
    expect(changed.lastName).toBe('Jansen');
    expect(without(changed, 'lastName', 'updatedAt')).toEqual(without(client, 'lastName', 'updatedAt'));
  });

  it('a trajectory changed by title keeps its status, dates, check-in interval and retention', async () => {
    const { core } = practice;
    const trajectory = await makeTrajectory(core, {
      status: 'paused',
      startDate: '2026-01-05',
      endDate: '2026-12-31',
      checkInWeeks: 6,
      retention: { profile: 'custom', years: 7 },
    });
    const changed = await invoke(core, 'trajectories.update', { id: trajectory.id, title: 'Nieuwe titel' });
    expect(changed).toMatchObject({
      title: 'Nieuwe titel',
      status: 'paused',
      startDate: '2026-01-05',
      endDate: '2026-12-31',
      checkInWeeks: 6,
      retention: { profile: 'custom', years: 7 },
    });
  });

  it('a session moved to another hour keeps its length, kind and attendees', async () => {
    const { core } = practice;
    const couple = await makeTrajectory(core, { kind: 'couple' });
    const [anna] = couple.participants;
    const session = await makeSession(core, couple, { durationMinutes: 90, kind: 'evaluation', attendeeIds: [anna!.id], status: 'planned' });
    const moved = await invoke(core, 'sessions.update', { id: session.id, startsAt: `${session.startsAt.slice(0, 10)}T15:30` });
    expect(moved).toMatchObject({ startsAt: `${session.startsAt.slice(0, 10)}T15:30`, durationMinutes: 90, kind: 'evaluation', attendeeIds: [anna!.id] });
  });

  it('an agreement changed in wording keeps its owner and due date', async () => {
    const { core } = practice;
    const couple = await makeTrajectory(core, { kind: 'couple' });
    const session = await makeSession(core, couple, { startsAt: '2026-11-20T10:00' });
    const agreement = await makeAgreement(core, session, {
      owner: { kind: 'participant', participantId: couple.participants[1]!.id },
      due: { kind: 'date', date: '2026-12-15' },
    });
    const changed = await invoke(core, 'agreements.update', { id: agreement.id, text: 'Elke zondag samen de week doornemen' });
    expect(changed).toMatchObject({ text: 'Elke zondag samen de week doornemen', owner: agreement.owner, due: agreement.due });
  });

  it('a goal changed in status keeps its scale, baseline, target and description', async () => {
    const { core } = practice;
    const trajectory = await makeTrajectory(core);
    const goal = await makeGoal(core, trajectory, { description: 'Samen plannen', scaleMin: 1, scaleMax: 5, baseline: 2, target: 4, trustFactor: 'transparency' });
    const changed = await invoke(core, 'goals.update', { id: goal.id, status: 'achieved' });
    expect(without(changed, 'status', 'updatedAt')).toEqual(without(goal, 'status', 'updatedAt'));
  });

  it('a repair plan changed in title keeps its description, acknowledgement, actions and goals', async () => {
    const { core } = practice;
    const trajectory = await makeTrajectory(core);
    const session = await makeSession(core, trajectory, { startsAt: '2026-11-20T10:00' });
    const agreement = await makeAgreement(core, session);
    const goal = await makeGoal(core, trajectory);
    const plan = await invoke(core, 'repairPlans.create', {
      trajectoryId: trajectory.id,
      title: 'Herstel na de ruzie',
      whatHappened: 'Privé',
      acknowledgedOn: '2026-11-01',
      status: 'in_progress',
      agreementIds: [agreement.id],
      goalIds: [goal.id],
    });
    const changed = await invoke(core, 'repairPlans.update', { id: plan.id, title: 'Herstelplan' });
    expect(changed).toMatchObject({ title: 'Herstelplan', whatHappened: 'Privé', acknowledgedOn: '2026-11-01', status: 'in_progress', agreementIds: [agreement.id], goalIds: [goal.id] });
  });

  it('the practice changed by name keeps its language, auto-lock and registrations', async () => {
    const { core } = practice;
    const before = await invoke(core, 'practice.update', { language: 'en', autoLockMinutes: 30, registrations: { nobco: 'N-123' } });
    const changed = await invoke(core, 'practice.update', { name: 'Praktijk De Brug' });
    expect(without(changed, 'name')).toEqual(without(before, 'name'));
  });

  it('draft notes saved with only a summary keep the private notes', async () => {
    const { core } = practice;
    const trajectory = await makeTrajectory(core);
    const session = await makeSession(core, trajectory);
    await invoke(core, 'sessions.saveNotes', { id: session.id, summary: 'Eerste versie', privateNotes: 'Alleen voor mij' });
    const notes = await invoke(core, 'sessions.saveNotes', { id: session.id, summary: 'Tweede versie' });
    expect(notes).toMatchObject({ summary: 'Tweede versie', privateNotes: 'Alleen voor mij' });
  });
});
