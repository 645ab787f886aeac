import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { Trajectory } from '../../shared/contract';
import {
  failure,
  fixedClock,
  invoke,
  makeClient,
  makeQuestionnaireResponse,
  makeSession,
  makeTrajectory,
  openPractice,
  type TestPractice,
} from '../support/factories';
import { safetyAnswers } from '../support/teamAnswers';
import { passphrase } from '../support/tempVault';

// A fresh vault per test: the dashboard lists every trajectory of the practice.
let practice: TestPractice;
beforeEach(async () => {
  practice?.close();
  practice = await openPractice(fixedClock(new Date(2027, 0, 10, 9, 0)));
});
afterAll(() => practice.close());

/** Move the clock to 09:00 local time on a day. */
const today = (date: string) => practice.clock.set(new Date(`${date}T09:00:00`));

async function dueOnDashboard() {
  return (await invoke(practice.core, 'dashboard.get', {})).questionnairesDue;
}

async function withCadence(t: Trajectory, every: 'month' | 'quarter' | 'weeks', weeks: number | null = null, key = 'trust-check-in') {
  return invoke(practice.core, 'checkIns.set', { trajectoryId: t.id, questionnaires: [{ questionnaireKey: key, every, weeks }] });
}

/** One participant answers the questionnaire in a held session on a day. */
async function answerOn(t: Trajectory, participantIds: number[], date: string, key = 'trust-check-in') {
  const session = await makeSession(practice.core, t, { startsAt: `${date}T10:00`, attendeeIds: participantIds });
  for (const id of participantIds) {
    if (key === 'team-psychological-safety') {
      await invoke(practice.core, 'questionnaires.respond', { sessionId: session.id, participantId: id, key, answers: safetyAnswers(5) });
    } else await makeQuestionnaireResponse(practice.core, session, id, { key });
  }
}

describe('when a check-in questionnaire is due', () => {
  it('a month after the start is the same day next month, or the last day of a shorter month (28 February, 29 in a leap year)', async () => {
    const plain = await makeTrajectory(practice.core, { title: 'Start eind januari', startDate: '2027-01-31' });
    const leap = await makeTrajectory(practice.core, { title: 'Schrikkeljaar', startDate: '2028-01-31' });
    await withCadence(plain, 'month');
    const plan = await withCadence(leap, 'month');
    expect(plan.questionnaires[0]).toMatchObject({ questionnaireKey: 'trust-check-in', every: 'month', weeks: null, dueOn: '2028-02-29' });
    expect((await invoke(practice.core, 'checkIns.get', { trajectoryId: plain.id })).questionnaires[0]?.dueOn).toBe('2027-02-28');
  });

  it('a quarter after the last answer, on a month end', async () => {
    const t = await makeTrajectory(practice.core, { startDate: '2026-06-01' });
    await withCadence(t, 'quarter');
    await answerOn(t, [t.participants[0]!.id], '2026-11-30');
    expect((await invoke(practice.core, 'checkIns.get', { trajectoryId: t.id })).questionnaires[0]?.dueOn).toBe('2027-02-28');
  });

  it('every few weeks counts from the last answer, and only answers to that questionnaire count', async () => {
    const t = await makeTrajectory(practice.core, { startDate: '2026-09-01' });
    await withCadence(t, 'weeks', 6);
    const me = t.participants[0]!.id;
    await answerOn(t, [me], '2026-10-15');
    await answerOn(t, [me], '2026-12-01', 'rempel-trust');
    expect((await invoke(practice.core, 'trajectories.detail', { id: t.id })).questionnaireCheckIns).toEqual([
      expect.objectContaining({ questionnaireKey: 'trust-check-in', every: 'weeks', weeks: 6, dueOn: '2026-11-26', state: 'overdue' }),
    ]);
  });

  it('shows on the dashboard from seven days before the day, as due, and as overdue from the day after', async () => {
    const t = await makeTrajectory(practice.core, { title: 'Maandelijks', startDate: '2026-12-31' });
    await withCadence(t, 'month');
    today('2027-01-23');
    expect(await dueOnDashboard()).toEqual([]);
    today('2027-01-24');
    expect(await dueOnDashboard()).toEqual([
      expect.objectContaining({ trajectoryId: t.id, trajectoryTitle: 'Maandelijks', questionnaireKey: 'trust-check-in', dueOn: '2027-01-31', state: 'due' }),
    ]);
    expect((await dueOnDashboard())[0]?.questionnaireTitle.nl).toMatch(/vertrouwen/i);
    today('2027-01-31');
    expect((await dueOnDashboard())[0]?.state).toBe('due');
    today('2027-02-01');
    expect((await dueOnDashboard())[0]?.state).toBe('overdue');
  });

  it('an answer outside a session (client mode) counts on the day it was given, and the row goes', async () => {
    const t = await makeTrajectory(practice.core, { startDate: '2026-12-01' });
    await withCadence(t, 'month');
    today('2027-01-05');
    expect((await dueOnDashboard()).map((d) => d.trajectoryId)).toEqual([t.id]);
    const participantId = t.participants[0]!.id;
    await invoke(practice.core, 'clientMode.start', { trajectoryId: t.id, participantId, questionnaireKey: 'trust-check-in' });
    await invoke(practice.core, 'clientMode.submit', { answers: ['q1', 'q2', 'q3', 'q4', 'q5'].map((itemId) => ({ itemId, value: 6 })) });
    await invoke(practice.core, 'clientMode.leave', { passphrase });
    expect(await dueOnDashboard()).toEqual([]);
    expect((await invoke(practice.core, 'checkIns.get', { trajectoryId: t.id })).questionnaires[0]?.dueOn).toBe('2027-02-05');
  });

  it('waits for nothing while a trajectory is paused or closed, and a trajectory may have no check-ins at all', async () => {
    const paused = await makeTrajectory(practice.core, { startDate: '2026-10-01', status: 'paused' });
    await withCadence(paused, 'month');
    const none = await makeTrajectory(practice.core, { startDate: '2026-10-01' });
    expect(await dueOnDashboard()).toEqual([]);
    expect((await invoke(practice.core, 'checkIns.get', { trajectoryId: paused.id })).questionnaires[0]).toMatchObject({ dueOn: null, state: null });
    expect((await invoke(practice.core, 'checkIns.get', { trajectoryId: none.id })).questionnaires).toEqual([]);
    await invoke(practice.core, 'trajectories.update', { id: paused.id, status: 'active' });
    expect((await dueOnDashboard()).map((d) => [d.trajectoryId, d.state])).toEqual([[paused.id, 'overdue']]);
  });
});

describe('couples and teams', () => {
  it('a couple stays due until both partners answered; the next round counts from the answer that completed it', async () => {
    const couple = await makeTrajectory(practice.core, { kind: 'couple', startDate: '2026-11-15' });
    const [a, b] = couple.participants.map((p) => p.id) as [number, number];
    await withCadence(couple, 'month');
    await answerOn(couple, [a], '2026-12-12');
    today('2026-12-20');
    const [row] = await dueOnDashboard();
    expect(row).toMatchObject({ dueOn: '2026-12-15', state: 'overdue' });
    expect(row?.respondents.map((r) => [r.participantId, r.answered])).toEqual([
      [a, true],
      [b, false],
    ]);
    // Partner A answering again does not move the round on.
    await answerOn(couple, [a], '2026-12-19');
    expect((await dueOnDashboard())[0]?.dueOn).toBe('2026-12-15');
    await answerOn(couple, [b], '2026-12-20');
    expect(await dueOnDashboard()).toEqual([]);
    const [next] = (await invoke(practice.core, 'checkIns.get', { trajectoryId: couple.id })).questionnaires;
    expect(next).toMatchObject({ dueOn: '2027-01-20', state: 'planned' });
    expect(next?.respondents.every((r) => !r.answered)).toBe(true);
  });

  it("a team's row says who answered (never what) and asks neither the sponsor nor a member who left", async () => {
    const members = await Promise.all(['Mohamed', 'Lotte', 'Kees'].map((firstName) => makeClient(practice.core, { firstName, lastName: 'Bakker' })));
    const sponsor = await makeClient(practice.core, { firstName: 'Ilse', lastName: 'Opdrachtgever' });
    const team = await makeTrajectory(practice.core, {
      kind: 'team',
      title: 'Team Zorg',
      startDate: '2026-12-01',
      participants: [...members.map((c) => ({ clientId: c.id, role: 'team_member' as const })), { clientId: sponsor.id, role: 'sponsor' }],
    });
    const [mohamed, lotte, kees] = team.participants.map((p) => p.id) as [number, number, number];
    await withCadence(team, 'month', null, 'team-psychological-safety');
    await answerOn(team, [mohamed], '2026-12-28', 'team-psychological-safety');
    today('2027-01-03');
    const [row] = await dueOnDashboard();
    expect(row?.respondents).toEqual([
      { participantId: mohamed, name: 'Mohamed Bakker', answered: true },
      { participantId: lotte, name: 'Lotte Bakker', answered: false },
      { participantId: kees, name: 'Kees Bakker', answered: false },
    ]);
    expect(JSON.stringify(row)).not.toMatch(/score|answers|Opdrachtgever/);
    await invoke(practice.core, 'trajectories.removeParticipant', { participantId: kees });
    await answerOn(team, [lotte], '2027-01-03', 'team-psychological-safety');
    expect(await dueOnDashboard()).toEqual([]);
  });
});

describe('setting the cadence', () => {
  it('offers only questionnaires that fit the kind: the team scale in team work, never in couple sessions', async () => {
    const couple = await makeTrajectory(practice.core, { kind: 'couple' });
    const team = await makeTrajectory(practice.core, { kind: 'team' });
    const offeredKeys = async (t: Trajectory) => (await invoke(practice.core, 'checkIns.get', { trajectoryId: t.id })).offered.map((q) => q.key);
    expect(await offeredKeys(couple)).toContain('trust-check-in');
    expect(await offeredKeys(couple)).not.toContain('team-psychological-safety');
    expect(await offeredKeys(team)).toContain('team-psychological-safety');
    expect(await failure(practice.core, 'checkIns.set', { trajectoryId: couple.id, questionnaires: [{ questionnaireKey: 'team-psychological-safety', every: 'month' }] })).toMatchObject({
      code: 'CONFLICT',
      field: 'questionnaires.0.questionnaireKey',
      reason: 'questionnaire_does_not_fit',
    });
    expect((await invoke(practice.core, 'checkIns.get', { trajectoryId: couple.id })).questionnaires).toEqual([]);
  });

  it('refuses a bad interval naming the field, and changes nothing', async () => {
    const t = await makeTrajectory(practice.core);
    await withCadence(t, 'quarter');
    const set = (questionnaires: unknown) => failure(practice.core, 'checkIns.set', { trajectoryId: t.id, questionnaires });
    expect(await set([{ questionnaireKey: 'trust-check-in', every: 'weeks', weeks: 53 }])).toMatchObject({ code: 'INVALID_INPUT', field: 'questionnaires.0.weeks' });
    expect(await set([{ questionnaireKey: 'trust-check-in', every: 'weeks', weeks: 0 }])).toMatchObject({ field: 'questionnaires.0.weeks' });
    expect(await set([{ questionnaireKey: 'trust-check-in', every: 'weeks' }])).toMatchObject({ field: 'questionnaires.0.weeks', reason: 'weeks_required' });
    expect(await set([{ questionnaireKey: 'trust-check-in', every: 'fortnight' }])).toMatchObject({ field: 'questionnaires.0.every' });
    expect(
      await set([
        { questionnaireKey: 'rempel-trust', every: 'month' },
        { questionnaireKey: 'rempel-trust', every: 'quarter' },
      ]),
    ).toMatchObject({ field: 'questionnaires.1.questionnaireKey', reason: 'duplicate' });
    expect(await set([{ questionnaireKey: 'bestaat-niet', every: 'month' }])).toMatchObject({ code: 'NOT_FOUND', field: 'questionnaires.0.questionnaireKey' });
    expect((await invoke(practice.core, 'checkIns.get', { trajectoryId: t.id })).questionnaires).toEqual([
      expect.objectContaining({ questionnaireKey: 'trust-check-in', every: 'quarter', weeks: null }),
    ]);
  });

  it('replaces the list: a questionnaire left out stops being a check-in and its answers stay', async () => {
    const t = await makeTrajectory(practice.core, { startDate: '2026-10-01' });
    await invoke(practice.core, 'checkIns.set', {
      trajectoryId: t.id,
      questionnaires: [
        { questionnaireKey: 'trust-check-in', every: 'month' },
        { questionnaireKey: 'rempel-trust', every: 'weeks', weeks: 8 },
      ],
    });
    await answerOn(t, [t.participants[0]!.id], '2026-12-01');
    const plan = await invoke(practice.core, 'checkIns.set', { trajectoryId: t.id, questionnaires: [{ questionnaireKey: 'rempel-trust', every: 'weeks', weeks: 4 }] });
    expect(plan.questionnaires.map((q) => [q.questionnaireKey, q.weeks])).toEqual([['rempel-trust', 4]]);
    expect(await invoke(practice.core, 'questionnaires.responses', { trajectoryId: t.id })).toHaveLength(1);
  });
});
