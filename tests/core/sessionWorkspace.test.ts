import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failure, invoke, makeAgreement, makeGoal, makeSession, makeTrajectory, openPractice, type TestPractice } from '../support/factories';

let practice: TestPractice;
beforeAll(async () => (practice = await openPractice()));
afterAll(() => practice.close());

describe('sessions', () => {
  it('allows several sessions on one day and lists them newest first', async () => {
    const { core } = practice;
    const trajectory = await makeTrajectory(core);
    await makeSession(core, trajectory, { startsAt: '2026-07-01T09:00' });
    await makeSession(core, trajectory, { startsAt: '2026-07-01T14:00' });
    const list = await invoke(core, 'sessions.list', { trajectoryId: trajectory.id, from: '2026-07-01', to: '2026-07-01' });
    expect(list.items.map((s) => s.startsAt)).toEqual(['2026-07-01T14:00', '2026-07-01T09:00']);
  });

  it('treats a couple session with one partner as that partner’s individual session', async () => {
    const { core } = practice;
    const couple = await makeTrajectory(core, { kind: 'couple' });
    const [anna] = couple.participants;
    const joint = await makeSession(core, couple);
    const alone = await makeSession(core, couple, { attendeeIds: [anna!.id] });
    expect(joint.individualFor).toBeNull();
    expect(joint.attendeeIds).toHaveLength(2);
    expect(alone.individualFor).toBe(anna!.id);
  });

  it('refuses an attendee from another trajectory and an impossible start', async () => {
    const { core } = practice;
    const trajectory = await makeTrajectory(core);
    const other = await makeTrajectory(core);
    expect(
      await failure(core, 'sessions.create', { trajectoryId: trajectory.id, startsAt: '2026-07-02T10:00', attendeeIds: [other.participants[0]!.id] }),
    ).toMatchObject({ field: 'attendeeIds.0', reason: 'not_a_participant' });
    expect(await failure(core, 'sessions.create', { trajectoryId: trajectory.id, startsAt: '2026-02-30T10:00' })).toMatchObject({
      field: 'startsAt',
    });
  });

  it('marks a session held, cancelled or no-show', async () => {
    const { core } = practice;
    const session = await makeSession(core, await makeTrajectory(core), { status: 'planned' });
    expect(await invoke(core, 'sessions.setStatus', { id: session.id, status: 'no_show' })).toMatchObject({ status: 'no_show' });
  });
});

describe('the in-session workspace', () => {
  it('brings the session, attendees, agreements to review, goals with this session’s ratings, notes and template', async () => {
    const { core } = practice;
    const couple = await makeTrajectory(core, { kind: 'couple' });
    const [anna, bram] = couple.participants;
    const before = await makeSession(core, couple, { startsAt: '2026-08-01T10:00' });
    const now = await makeSession(core, couple, { startsAt: '2026-08-15T10:00' });
    const open = await makeAgreement(core, before, { text: 'Samen koken' });
    const reviewedHere = await makeAgreement(core, before, { text: 'Elke dag appen' });
    await invoke(core, 'agreements.review', { id: reviewedHere.id, sessionId: now.id, outcome: 'kept' });
    const madeHere = await makeAgreement(core, now, { text: 'Weekend weg' });
    const goal = await makeGoal(core, couple);
    await invoke(core, 'goals.rate', { goalId: goal.id, sessionId: now.id, participantId: bram!.id, value: 6 });
    await invoke(core, 'sessions.saveNotes', { id: now.id, summary: 'Goed gesprek', templateKey: 'trust_repair' });

    const workspace = await invoke(core, 'sessions.workspace', { id: now.id, language: 'nl' });
    expect(workspace.session.id).toBe(now.id);
    expect(workspace.attendees.map((p) => p.id)).toEqual([anna!.id, bram!.id]);
    expect(workspace.audience).toEqual({ kind: 'joint' });
    expect(workspace.agreementsToReview.map((a) => a.id)).toEqual([open.id, reviewedHere.id]);
    expect(workspace.agreementsMade.map((a) => a.id)).toEqual([madeHere.id]);
    expect(workspace.goals).toEqual([
      { goal: expect.objectContaining({ id: goal.id }), ratings: [expect.objectContaining({ participantId: bram!.id, value: 6 })], previous: [] },
    ]);
    expect(workspace.notes.summary).toBe('Goed gesprek');
    expect(workspace.template.key).toBe('trust_repair');
    expect(workspace.template.sections.map((s) => s.heading)).toContain('Erkenning');
  });

  it('in a partner’s individual session, leaves out what belongs to the other partner alone', async () => {
    const { core } = practice;
    const couple = await makeTrajectory(core, { kind: 'couple' });
    const [anna, bram] = couple.participants;
    const bramAlone = await makeSession(core, couple, { startsAt: '2026-09-01T10:00', attendeeIds: [bram!.id] });
    const joint = await makeSession(core, couple, { startsAt: '2026-09-02T10:00' });
    const bramsOwn = await makeAgreement(core, bramAlone, { text: 'Alleen voor Bram' });
    const sharedOne = await makeAgreement(core, joint, { text: 'Voor allebei' });
    const bramsJoint = await makeAgreement(core, joint, { owner: { kind: 'participant', participantId: bram!.id } });
    const annaAlone = await makeSession(core, couple, { startsAt: '2026-09-10T10:00', attendeeIds: [anna!.id] });
    const workspace = await invoke(core, 'sessions.workspace', { id: annaAlone.id, language: 'en' });
    expect(workspace.audience).toEqual({ kind: 'participant', participantId: anna!.id });
    expect(workspace.agreementsToReview.map((a) => a.id)).toEqual([sharedOne.id]);
    expect(workspace.agreementsToReview.map((a) => a.id)).not.toContain(bramsOwn.id);
    expect(workspace.agreementsToReview.map((a) => a.id)).not.toContain(bramsJoint.id);
  });
});

describe('the previous rating shown beside each rating in a session', () => {
  /** Anna and Bram rate one goal in a joint session, then Anna alone rates it lower in her individual session. */
  async function ratedCouple(month: string) {
    const { core } = practice;
    const couple = await makeTrajectory(core, { kind: 'couple' });
    const [anna, bram] = couple.participants;
    const goal = await makeGoal(core, couple, { title: 'Afspraken nakomen' });
    const joint = await makeSession(core, couple, { startsAt: `${month}-01T16:30` });
    const annaAlone = await makeSession(core, couple, { startsAt: `${month}-08T16:30`, attendeeIds: [anna!.id] });
    const rate = (sessionId: number, participantId: number, value: number) =>
      invoke(core, 'goals.rate', { goalId: goal.id, sessionId, participantId, value });
    await rate(joint.id, anna!.id, 5);
    await rate(joint.id, bram!.id, 4);
    await rate(annaAlone.id, anna!.id, 3);
    return { core, couple, anna: anna!, bram: bram!, goal, joint, annaAlone };
  }

  /** What the workspace of a session shows beside each attendee's rating of the goal. */
  async function previousIn(sessionId: number, goalId: number) {
    const workspace = await invoke(practice.core, 'sessions.workspace', { id: sessionId, language: 'nl' });
    return workspace.goals.find((g) => g.goal.id === goalId)!;
  }

  it('in a later joint session is the joint one, never Anna’s rating from her individual session', async () => {
    const { core, couple, anna, bram, goal, joint } = await ratedCouple('2027-01');
    const next = await makeSession(core, couple, { startsAt: '2027-01-15T16:30', status: 'planned' });
    expect((await previousIn(next.id, goal.id)).previous).toEqual([
      { participantId: anna.id, value: 5, sessionId: joint.id, startsAt: '2027-01-01T16:30' },
      { participantId: bram.id, value: 4, sessionId: joint.id, startsAt: '2027-01-01T16:30' },
    ]);
  });

  it('in Anna’s own next individual session is her individual rating, the latest she may see', async () => {
    const { core, couple, anna, goal, annaAlone } = await ratedCouple('2027-02');
    const again = await makeSession(core, couple, { startsAt: '2027-02-22T16:30', attendeeIds: [anna.id], status: 'planned' });
    expect((await previousIn(again.id, goal.id)).previous).toEqual([
      { participantId: anna.id, value: 3, sessionId: annaAlone.id, startsAt: '2027-02-08T16:30' },
    ]);
  });

  it('in Bram’s individual session shows only Bram’s joint rating, and nothing from Anna', async () => {
    const { core, couple, bram, goal, joint } = await ratedCouple('2027-03');
    const bramAlone = await makeSession(core, couple, { startsAt: '2027-03-22T16:30', attendeeIds: [bram.id], status: 'planned' });
    expect((await previousIn(bramAlone.id, goal.id)).previous).toEqual([
      { participantId: bram.id, value: 4, sessionId: joint.id, startsAt: '2027-03-01T16:30' },
    ]);
  });

  it('comes from before this session only: a later session’s rating is not a previous one', async () => {
    const { anna, goal, joint } = await ratedCouple('2027-04');
    const shown = await previousIn(joint.id, goal.id);
    expect(shown.previous).toEqual([]);
    expect(shown.ratings.map((r) => r.participantId)).toContain(anna.id);
  });
});
