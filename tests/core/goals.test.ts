import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failure, invoke, makeGoal, makeSession, makeTrajectory, openPractice, type TestPractice } from '../support/factories';
import { goalFormSchema } from '../../renderer/src/screens/trajectories/goalForm';

let practice: TestPractice;
beforeAll(async () => (practice = await openPractice()));
afterAll(() => practice.close());

describe('trust goals and ratings', () => {
  it('creates a goal on a 0–10 scale by default', async () => {
    const goal = await makeGoal(practice.core, await makeTrajectory(practice.core), { trustFactor: 'transparency', baseline: 3, target: 8 });
    expect(goal).toMatchObject({ scale: { min: 0, max: 10 }, baseline: 3, target: 8, status: 'active', trustFactor: 'transparency' });
  });

  it('keeps one rating per goal, session and participant: rating again replaces it', async () => {
    const { core } = practice;
    const couple = await makeTrajectory(core, { kind: 'couple' });
    const [anna, bram] = couple.participants;
    const goal = await makeGoal(core, couple);
    const first = await makeSession(core, couple, { startsAt: '2026-02-01T10:00' });
    const second = await makeSession(core, couple, { startsAt: '2026-02-15T10:00' });
    await invoke(core, 'goals.rate', { goalId: goal.id, sessionId: first.id, participantId: anna!.id, value: 4 });
    await invoke(core, 'goals.rate', { goalId: goal.id, sessionId: first.id, participantId: anna!.id, value: 5, note: 'Toch iets beter' });
    await invoke(core, 'goals.rate', { goalId: goal.id, sessionId: first.id, participantId: bram!.id, value: 6 });
    await invoke(core, 'goals.rate', { goalId: goal.id, sessionId: second.id, participantId: anna!.id, value: 7.5 });
    const series = await invoke(core, 'goals.series', { goalId: goal.id });
    expect(series.series.map((s) => [s.participantId, s.points.map((p) => [p.startsAt, p.value, p.note])])).toEqual([
      [anna!.id, [['2026-02-01T10:00', 5, 'Toch iets beter'], ['2026-02-15T10:00', 7.5, '']]],
      [bram!.id, [['2026-02-01T10:00', 6, '']]],
    ]);
    const cleared = await invoke(core, 'goals.rate', { goalId: goal.id, sessionId: second.id, participantId: anna!.id, value: null });
    expect(cleared.rating).toBeNull();
    expect((await invoke(core, 'goals.series', { goalId: goal.id })).series[0]!.points).toHaveLength(1);
  });

  it('refuses a rating outside the scale, or by someone who was not there', async () => {
    const { core } = practice;
    const couple = await makeTrajectory(core, { kind: 'couple' });
    const [anna, bram] = couple.participants;
    const goal = await makeGoal(core, couple, { scaleMin: 1, scaleMax: 5 });
    const annaAlone = await makeSession(core, couple, { attendeeIds: [anna!.id] });
    expect(await failure(core, 'goals.rate', { goalId: goal.id, sessionId: annaAlone.id, participantId: anna!.id, value: 6 })).toMatchObject({
      field: 'value',
      reason: 'outside_scale',
    });
    expect(await failure(core, 'goals.rate', { goalId: goal.id, sessionId: annaAlone.id, participantId: bram!.id, value: 3 })).toMatchObject({
      field: 'participantId',
      reason: 'not_an_attendee',
    });
  });

  it('refuses a new scale that existing ratings fall outside of', async () => {
    const { core } = practice;
    const trajectory = await makeTrajectory(core);
    const goal = await makeGoal(core, trajectory);
    const session = await makeSession(core, trajectory);
    await invoke(core, 'goals.rate', { goalId: goal.id, sessionId: session.id, participantId: trajectory.participants[0]!.id, value: 9 });
    expect(await failure(core, 'goals.update', { id: goal.id, scaleMax: 5 })).toMatchObject({ reason: 'ratings_outside_scale' });
    expect(await invoke(core, 'goals.update', { id: goal.id, status: 'achieved' })).toMatchObject({ status: 'achieved' });
  });

  it('does not let an attendee who rated be taken out of the session', async () => {
    const { core } = practice;
    const couple = await makeTrajectory(core, { kind: 'couple' });
    const [anna, bram] = couple.participants;
    const goal = await makeGoal(core, couple);
    const session = await makeSession(core, couple);
    await invoke(core, 'goals.rate', { goalId: goal.id, sessionId: session.id, participantId: bram!.id, value: 5 });
    expect(await failure(core, 'sessions.update', { id: session.id, attendeeIds: [anna!.id] })).toMatchObject({ reason: 'attendee_has_ratings' });
  });

  it('a goal’s scale is checked by one rule: the goal form names the field and reason core refuses, before anything is sent', async () => {
    const { core } = practice;
    const trajectory = await makeTrajectory(core);
    const cases = [
      { scaleMin: 10, scaleMax: 0, baseline: null, target: null },
      { scaleMin: 1, scaleMax: 5, baseline: 0, target: 4 },
      { scaleMin: 1, scaleMax: 5, baseline: 2, target: 7 },
    ];
    for (const scale of cases) {
      const refused = await failure(core, 'goals.create', { trajectoryId: trajectory.id, title: 'Eerlijk zijn over geld', trustFactor: 'transparency', ...scale });
      const typed = goalFormSchema.safeParse({
        title: 'Eerlijk zijn over geld',
        description: '',
        trustFactor: 'transparency',
        status: 'active',
        scaleMin: String(scale.scaleMin),
        scaleMax: String(scale.scaleMax),
        baseline: scale.baseline === null ? '' : String(scale.baseline),
        target: scale.target === null ? '' : String(scale.target),
      });
      const [issue] = typed.success ? [] : typed.error.issues;
      expect({ field: issue?.path.join('.'), reason: issue?.message }).toEqual({ field: refused.field, reason: refused.reason });
    }
  });
});
