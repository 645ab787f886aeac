import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canSee } from '../../electron/core/audience/policy';
import type { AudienceView, Participant, Trajectory } from '../../shared/contract';
import type { Audience } from '../../shared/domain/audience';
import { failure, invoke, makeAgreement, makeGoal, makeSession, makeTrajectory, openPractice, type TestPractice } from '../support/factories';

// Every private field holds a canary; the view for an audience must never contain one meant for others.
const PRIVATE = /CANARY-PRIVATE/;
const ANNA_ONLY = /ANNA-ONLY/;
const BRAM_ONLY = /BRAM-ONLY/;

let practice: TestPractice;
let couple: Trajectory;
let anna: Participant;
let bram: Participant;
const ids: Record<string, number> = {};

async function view(audience: Audience, period?: { from?: string; to?: string }): Promise<AudienceView> {
  return invoke(practice.core, 'trajectories.audienceView', { id: couple.id, audience, ...(period ? { period } : {}) });
}
const text = (v: AudienceView) => JSON.stringify(v);

beforeAll(async () => {
  practice = await openPractice();
  const { core } = practice;
  couple = await makeTrajectory(core, { kind: 'couple', title: 'Anna en Bram' });
  [anna, bram] = couple.participants as [Participant, Participant];
  const joint1 = await makeSession(core, couple, { startsAt: '2026-03-02T10:00' });
  const annaAlone = await makeSession(core, couple, { startsAt: '2026-03-09T10:00', attendeeIds: [anna.id] });
  const bramAlone = await makeSession(core, couple, { startsAt: '2026-03-10T10:00', attendeeIds: [bram.id] });
  const joint2 = await makeSession(core, couple, { startsAt: '2026-03-16T10:00' });
  Object.assign(ids, { joint1: joint1.id, annaAlone: annaAlone.id, bramAlone: bramAlone.id, joint2: joint2.id });

  const notes = async (id: number, summary: string, privateNotes: string) => {
    await invoke(core, 'sessions.saveNotes', { id, summary, privateNotes });
    await invoke(core, 'sessions.finalise', { id });
  };
  await notes(joint1.id, 'Old summary CANARY-PRIVATE-OLD-VERSION', 'CANARY-PRIVATE-J1');
  await invoke(core, 'sessions.amend', { id: joint1.id, summary: 'JOINT-SUMMARY', privateNotes: 'CANARY-PRIVATE-J1-AMENDED' });
  await notes(annaAlone.id, 'ANNA-ONLY-SUMMARY', 'CANARY-PRIVATE-ANNA');
  await notes(bramAlone.id, 'BRAM-ONLY-SUMMARY', 'CANARY-PRIVATE-BRAM');
  await notes(joint2.id, 'JOINT-2-SUMMARY', 'CANARY-PRIVATE-J2');

  const goal = await makeGoal(core, couple, { title: 'Open praten' });
  ids.goal = goal.id;
  const rate = (sessionId: number, participantId: number, value: number, note: string) =>
    invoke(core, 'goals.rate', { goalId: goal.id, sessionId, participantId, value, note });
  await rate(joint1.id, anna.id, 4, 'JOINT-ANNA-RATING');
  await rate(joint1.id, bram.id, 6, 'JOINT-BRAM-RATING');
  await rate(annaAlone.id, anna.id, 3, 'ANNA-ONLY-RATING');
  await rate(bramAlone.id, bram.id, 7, 'BRAM-ONLY-RATING');

  const owner = (p: Participant) => ({ kind: 'participant' as const, participantId: p.id });
  const agree = async (name: string, sessionId: number, o: Parameters<typeof makeAgreement>[2]) =>
    (ids[name] = (await makeAgreement(core, { id: sessionId }, { text: name, ...o })).id);
  await agree('JOINT-OWNED-BY-ANNA', joint1.id, { owner: owner(anna) });
  await agree('JOINT-OWNED-BY-BRAM', joint1.id, { owner: owner(bram) });
  await agree('JOINT-OWNED-BY-ALL', joint1.id, { owner: { kind: 'all' } });
  await agree('JOINT-OWNED-BY-PRACTITIONER', joint1.id, { owner: { kind: 'practitioner' } });
  await agree('ANNA-ONLY-AGREEMENT', annaAlone.id, { owner: owner(anna) });
  await agree('ANNA-ONLY-PRACTITIONER-AGREEMENT', annaAlone.id, { owner: { kind: 'practitioner' } });
  await agree('BRAM-ONLY-AGREEMENT', bramAlone.id, { owner: owner(bram) });
  await agree('BRAM-ONLY-ALL-AGREEMENT', bramAlone.id, { owner: { kind: 'all' } });
  await invoke(core, 'agreements.review', { id: ids['JOINT-OWNED-BY-ALL']!, sessionId: annaAlone.id, outcome: 'not_kept', note: 'ANNA-ONLY-REVIEW' });
  await invoke(core, 'agreements.review', { id: ids['JOINT-OWNED-BY-ANNA']!, sessionId: joint2.id, outcome: 'kept', note: 'JOINT-REVIEW' });

  await invoke(core, 'repairPlans.create', {
    trajectoryId: couple.id,
    title: 'Herstel na de ontdekking',
    whatHappened: 'CANARY-PRIVATE-REPAIR-DESCRIPTION',
    acknowledgedOn: '2026-03-02',
    agreementIds: [ids['JOINT-OWNED-BY-ALL']!, ids['BRAM-ONLY-AGREEMENT']!],
    goalIds: [goal.id],
  });
});
afterAll(() => practice.close());

describe('what the couple together sees', () => {
  it('never contains private notes, old note versions, the repair description or anyone’s individual items', async () => {
    const joint = text(await view({ kind: 'joint' }));
    expect(joint).not.toMatch(PRIVATE);
    expect(joint).not.toMatch(ANNA_ONLY);
    expect(joint).not.toMatch(BRAM_ONLY);
    expect(joint).not.toContain('whatHappened');
  });

  it('shows the joint sessions with their summaries, both ratings in them and the agreements made in them', async () => {
    const v = await view({ kind: 'joint' });
    expect(v.sessions.map((s) => [s.id, s.summary])).toEqual([
      [ids.joint1, 'JOINT-SUMMARY'],
      [ids.joint2, 'JOINT-2-SUMMARY'],
    ]);
    expect(v.goals[0]!.series.map((s) => [s.participantId, s.points.map((p) => p.value)])).toEqual([
      [anna.id, [4]],
      [bram.id, [6]],
    ]);
    expect(v.agreements.map((a) => a.text)).toEqual([
      'JOINT-OWNED-BY-ANNA',
      'JOINT-OWNED-BY-BRAM',
      'JOINT-OWNED-BY-ALL',
      'JOINT-OWNED-BY-PRACTITIONER',
    ]);
    // Reviewed in Anna's individual session: the joint view does not know how it went.
    expect(v.agreements.find((a) => a.text === 'JOINT-OWNED-BY-ALL')!.review).toBeNull();
    expect(v.keptRate.overall).toMatchObject({ reviewed: 1, rate: 1 });
    expect(v.repairPlans).toEqual([
      expect.objectContaining({ title: 'Herstel na de ontdekking', agreementIds: [ids['JOINT-OWNED-BY-ALL']], goalIds: [ids.goal] }),
    ]);
  });
});

describe('what one partner sees', () => {
  it('Anna sees her own individual items and never Bram’s, nor anything private', async () => {
    const v = await view({ kind: 'participant', participantId: anna.id });
    const all = text(v);
    expect(all).not.toMatch(PRIVATE);
    expect(all).not.toMatch(BRAM_ONLY);
    expect(all).not.toContain('JOINT-BRAM-RATING');
    expect(all).not.toContain('JOINT-OWNED-BY-BRAM');
    for (const mine of ['ANNA-ONLY-SUMMARY', 'ANNA-ONLY-RATING', 'ANNA-ONLY-AGREEMENT', 'ANNA-ONLY-PRACTITIONER-AGREEMENT', 'ANNA-ONLY-REVIEW']) {
      expect(all).toContain(mine);
    }
    expect(v.sessions.map((s) => s.id)).toEqual([ids.joint1, ids.annaAlone, ids.joint2]);
    expect(v.goals[0]!.series.map((s) => s.participantId)).toEqual([anna.id]);
  });

  it('Bram sees joint agreements he or all of them own, without the review given in Anna’s session', async () => {
    const v = await view({ kind: 'participant', participantId: bram.id });
    const all = text(v);
    expect(all).not.toMatch(PRIVATE);
    expect(all).not.toMatch(ANNA_ONLY);
    expect(all).not.toContain('JOINT-ANNA-RATING');
    expect(v.agreements.map((a) => a.text)).toEqual([
      'JOINT-OWNED-BY-BRAM',
      'JOINT-OWNED-BY-ALL',
      'JOINT-OWNED-BY-PRACTITIONER',
      'BRAM-ONLY-AGREEMENT',
      'BRAM-ONLY-ALL-AGREEMENT',
    ]);
    expect(v.agreements.find((a) => a.text === 'JOINT-OWNED-BY-ALL')!.review).toBeNull();
    expect(v.repairPlans[0]!.agreementIds).toEqual([ids['JOINT-OWNED-BY-ALL'], ids['BRAM-ONLY-AGREEMENT']]);
  });

  it('refuses an audience that is not a participant of the trajectory', async () => {
    const other = await makeTrajectory(practice.core);
    expect(
      await failure(practice.core, 'trajectories.audienceView', {
        id: couple.id,
        audience: { kind: 'participant', participantId: other.participants[0]!.id },
      }),
    ).toMatchObject({ code: 'INVALID_INPUT', field: 'audience.participantId' });
  });
});

describe('a period', () => {
  it('keeps only sessions, ratings and reviews inside it', async () => {
    const v = await view({ kind: 'participant', participantId: anna.id }, { from: '2026-03-01', to: '2026-03-09' });
    expect(v.sessions.map((s) => s.id)).toEqual([ids.joint1, ids.annaAlone]);
    expect(v.period).toEqual({ from: '2026-03-01', to: '2026-03-09' });
    // Reviewed on 16 March, after the period: shown as still open.
    expect(v.agreements.find((a) => a.text === 'JOINT-OWNED-BY-ANNA')!.review).toBeNull();
    expect(text(v)).not.toContain('JOINT-2-SUMMARY');
  });
});

describe('in an individual trajectory', () => {
  it('the client, as joint audience, sees every session but never the private notes', async () => {
    const { core } = practice;
    const single = await makeTrajectory(core);
    const session = await makeSession(core, single);
    await invoke(core, 'sessions.saveNotes', { id: session.id, summary: 'Voor de cliënt', privateNotes: 'CANARY-PRIVATE-SINGLE' });
    const v = await invoke(core, 'trajectories.audienceView', { id: single.id, audience: { kind: 'joint' } });
    expect(v.sessions).toEqual([expect.objectContaining({ id: session.id, individual: false, summary: 'Voor de cliënt' })]);
    expect(text(v)).not.toMatch(PRIVATE);
  });
});

describe('the one decision', () => {
  const audiences: Audience[] = [{ kind: 'joint' }, { kind: 'participant', participantId: 1 }, { kind: 'participant', participantId: 2 }];

  it('shows private notes and the repair-plan description to no audience at all', () => {
    for (const audience of audiences) {
      for (const individualFor of [null, 1, 2]) {
        expect(canSee(audience, { kind: 'sessionNotes', field: 'privateNotes', individualFor })).toBe(false);
      }
      expect(canSee(audience, { kind: 'repairPlan', field: 'whatHappened' })).toBe(false);
    }
  });

  it('shows a review only when its session is visible and still exists', () => {
    expect(canSee({ kind: 'joint' }, { kind: 'agreementReview', reviewSessionIndividualFor: undefined })).toBe(false);
    expect(canSee({ kind: 'participant', participantId: 1 }, { kind: 'agreementReview', reviewSessionIndividualFor: 2 })).toBe(false);
    expect(canSee({ kind: 'participant', participantId: 1 }, { kind: 'agreementReview', reviewSessionIndividualFor: 1 })).toBe(true);
  });
});
