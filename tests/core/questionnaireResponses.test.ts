import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { responsesVisibleTo, scoreSeriesFor } from '../../electron/core/questionnaires/audience';
import type { Participant, QuestionnaireResponse, Session, Trajectory } from '../../shared/contract';
import {
  failure,
  invoke,
  makeQuestionnaireResponse,
  makeSession,
  makeTrajectory,
  openPractice,
  type TestPractice,
} from '../support/factories';

let practice: TestPractice;
let couple: Trajectory;
let anna: Participant;
let bram: Participant;
let joint1: Session;
let annaAlone: Session;
let joint2: Session;

const allItems = (count: number, value: number | null) =>
  Array.from({ length: count }, (_, i) => ({ itemId: `q${i + 1}`, value }));

beforeAll(async () => {
  practice = await openPractice();
  const { core } = practice;
  couple = await makeTrajectory(core, { kind: 'couple', title: 'Anna en Bram' });
  [anna, bram] = couple.participants as [Participant, Participant];
  joint1 = await makeSession(core, couple, { startsAt: '2026-03-02T10:00' });
  annaAlone = await makeSession(core, couple, { startsAt: '2026-03-09T10:00', attendeeIds: [anna.id] });
  joint2 = await makeSession(core, couple, { startsAt: '2026-03-16T10:00' });
});

afterAll(() => practice.close());

describe('answering a questionnaire in a session', () => {
  it('stores PHQ-9 answers of all 2s with the score 18, moderately severe, in the encrypted vault', async () => {
    const response = await invoke(practice.core, 'questionnaires.respond', {
      sessionId: annaAlone.id,
      participantId: anna.id,
      key: 'phq-9',
      answers: allItems(9, 2),
    });
    expect(response).toMatchObject({ trajectoryId: couple.id, sessionId: annaAlone.id, participantId: anna.id, key: 'phq-9', version: 1 });
    expect(response.startsAt).toBe('2026-03-09T10:00');
    expect(response.scores.total).toMatchObject({ score: 18, band: { label: { nl: 'Matig ernstig' } } });
    const [stored] = await invoke(practice.core, 'questionnaires.responses', { trajectoryId: couple.id, key: 'phq-9' });
    expect(stored).toEqual(response);
  });

  it('writes down every item, with null for the ones left open', async () => {
    const response = await invoke(practice.core, 'questionnaires.respond', {
      sessionId: joint1.id,
      participantId: bram.id,
      key: 'gad-7',
      answers: [
        { itemId: 'q1', value: 3 },
        { itemId: 'q2', value: 3 },
        { itemId: 'q3', value: 2 },
        { itemId: 'q4', value: 2 },
        { itemId: 'q5', value: 1 },
        { itemId: 'q6', value: 1 },
      ],
    });
    expect(response.answers).toEqual({ q1: 3, q2: 3, q3: 2, q4: 2, q5: 1, q6: 1, q7: null });
    // 12 / 6 × 7 = 14, moderate
    expect(response.scores.total).toMatchObject({ score: 14, prorated: true, missing: 1, band: { severity: 'moderate' } });
  });

  it('replaces the earlier answers when the same person answers again in the same session', async () => {
    const first = await makeQuestionnaireResponse(practice.core, joint2, anna.id, { value: 3 });
    const again = await makeQuestionnaireResponse(practice.core, joint2, anna.id, { value: 9 });
    expect(again.id).toBe(first.id);
    expect(again.scores.total.score).toBe(9);
    const mine = await invoke(practice.core, 'questionnaires.responses', { trajectoryId: couple.id, participantId: anna.id, key: 'trust-check-in' });
    expect(mine.map((r) => r.scores.total.score)).toEqual([9]);
  });

  it('counts as a change of the trajectory, so its retention term starts again', async () => {
    practice.clock.set('2026-11-26T08:00:00Z');
    await makeQuestionnaireResponse(practice.core, joint1, anna.id, { value: 6 });
    const trajectory = await invoke(practice.core, 'trajectories.get', { id: couple.id });
    expect(trajectory.updatedAt).toBe('2026-11-26T08:00:00.000Z');
  });

  it('refuses someone who did not attend the session', async () => {
    const problem = await failure(practice.core, 'questionnaires.respond', {
      sessionId: annaAlone.id,
      participantId: bram.id,
      key: 'trust-check-in',
      answers: allItems(5, 5),
    });
    expect(problem).toMatchObject({ code: 'INVALID_INPUT', field: 'participantId', reason: 'not_an_attendee' });
  });

  it('names the answer that lies outside the scale, and the item that does not exist', async () => {
    const base = { sessionId: joint1.id, participantId: anna.id, key: 'phq-9' };
    expect(await failure(practice.core, 'questionnaires.respond', { ...base, answers: [{ itemId: 'q1', value: 4 }] })).toMatchObject({
      code: 'INVALID_INPUT',
      field: 'answers.0.value',
      reason: 'outside_scale',
    });
    expect(
      await failure(practice.core, 'questionnaires.respond', { ...base, answers: [{ itemId: 'q1', value: 1 }, { itemId: 'q10', value: 1 }] }),
    ).toMatchObject({ code: 'INVALID_INPUT', field: 'answers.1.itemId', reason: 'unknown_item' });
  });

  it('refuses a response with nothing answered', async () => {
    const problem = await failure(practice.core, 'questionnaires.respond', {
      sessionId: joint1.id,
      participantId: anna.id,
      key: 'phq-9',
      answers: allItems(9, null),
    });
    expect(problem).toMatchObject({ code: 'INVALID_INPUT', field: 'answers', reason: 'no_answers' });
  });

  it('refuses answers in a cancelled session', async () => {
    const cancelled = await makeSession(practice.core, couple, { status: 'cancelled' });
    const problem = await failure(practice.core, 'questionnaires.respond', {
      sessionId: cancelled.id,
      participantId: anna.id,
      key: 'trust-check-in',
      answers: allItems(5, 5),
    });
    expect(problem).toMatchObject({ code: 'CONFLICT', field: 'sessionId', reason: 'session_not_held' });
  });

  it('says which questionnaire or version does not exist', async () => {
    const base = { sessionId: joint1.id, participantId: anna.id, answers: allItems(5, 5) };
    expect(await failure(practice.core, 'questionnaires.respond', { ...base, key: 'custom-999' })).toMatchObject({ code: 'NOT_FOUND', field: 'key' });
    expect(await failure(practice.core, 'questionnaires.respond', { ...base, key: 'phq-9', version: 2 })).toMatchObject({
      code: 'NOT_FOUND',
      field: 'version',
    });
  });

  it('refuses the team’s psychological-safety scale in a couple’s session, and stores nothing', async () => {
    const values = [2, 6, 1, 7, 3, 5, 6];
    const refused = await failure(practice.core, 'questionnaires.respond', {
      sessionId: joint1.id,
      participantId: bram.id,
      key: 'team-psychological-safety',
      answers: values.map((value, i) => ({ itemId: `q${i + 1}`, value })),
    });
    expect(refused).toMatchObject({ code: 'CONFLICT', field: 'key', reason: 'questionnaire_does_not_fit' });
    expect(await invoke(practice.core, 'questionnaires.responses', { trajectoryId: couple.id, key: 'team-psychological-safety' })).toEqual([]);
  });
});

describe('score series for charts', () => {
  let series: Awaited<ReturnType<typeof seriesOf>>;
  const seriesOf = (participantId?: number) =>
    invoke(practice.core, 'questionnaires.scoreSeries', { trajectoryId: couple.id, ...(participantId ? { participantId } : {}) });

  beforeAll(async () => {
    series = await seriesOf();
  });

  it('groups scores per respondent and questionnaire, oldest session first', () => {
    const annaSeries = series.respondents.find((r) => r.participantId === anna.id)!;
    const trust = annaSeries.instruments.find((i) => i.key === 'trust-check-in')!;
    expect(trust.points.map((p) => [p.startsAt, p.total])).toEqual([
      ['2026-03-02T10:00', 6],
      ['2026-03-16T10:00', 9],
    ]);
    expect(trust.points[1]).toMatchObject({ sessionId: joint2.id, band: { label: { nl: 'Stevig vertrouwen' } } });
    expect(trust.points[0]!.subscales).toEqual({
      consistency: 6,
      open_communication: 6,
      responsibility: 6,
      transparency: 6,
      emotional_safety: 6,
    });
    expect(trust).toMatchObject({ title: { nl: 'Vertrouwenscheck-in' }, method: 'mean', range: { min: 0, max: 10 } });
    expect(trust.subscales.map((s) => s.key)).toContain('emotional_safety');
  });

  it('lists each respondent once, in participant order, with only their own questionnaires', () => {
    expect(series.respondents.map((r) => r.participantId)).toEqual([anna.id, bram.id].sort((a, b) => a - b));
    const bramKeys = series.respondents.find((r) => r.participantId === bram.id)!.instruments.map((i) => i.key);
    expect(bramKeys.sort()).toEqual(['gad-7']);
  });

  it('can be asked for one respondent', async () => {
    const only = await seriesOf(bram.id);
    expect(only.respondents.map((r) => r.participantId)).toEqual([bram.id]);
  });

  it('loses a point when its response is removed', async () => {
    const extra = await makeQuestionnaireResponse(practice.core, joint2, bram.id, { value: 4 });
    const before = (await seriesOf(bram.id)).respondents[0]!.instruments.find((i) => i.key === 'trust-check-in')!;
    expect(before.points).toHaveLength(1);
    await invoke(practice.core, 'questionnaires.removeResponse', { id: extra.id });
    const after = (await seriesOf(bram.id)).respondents[0]!.instruments.map((i) => i.key);
    expect(after).not.toContain('trust-check-in');
    expect(await failure(practice.core, 'questionnaires.removeResponse', { id: extra.id })).toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('who may see a response', () => {
  const keysOf = (responses: QuestionnaireResponse[]) => responses.map((r) => `${r.participantId}:${r.sessionId}:${r.key}`).sort();

  it('keeps Anna’s individual-session PHQ-9 from the joint audience and from Bram', () => {
    const db = practice.core.vault.db();
    const annasPhq = `${anna.id}:${annaAlone.id}:phq-9`;
    expect(keysOf(responsesVisibleTo(db, couple.id, { kind: 'joint' }))).not.toContain(annasPhq);
    expect(keysOf(responsesVisibleTo(db, couple.id, { kind: 'participant', participantId: bram.id }))).not.toContain(annasPhq);
    expect(keysOf(responsesVisibleTo(db, couple.id, { kind: 'participant', participantId: anna.id }))).toContain(annasPhq);
  });

  it('shows a participant only their own answers, also from joint sessions', () => {
    const db = practice.core.vault.db();
    const seenByBram = responsesVisibleTo(db, couple.id, { kind: 'participant', participantId: bram.id });
    expect(seenByBram.length).toBeGreaterThan(0);
    expect(seenByBram.every((r) => r.participantId === bram.id)).toBe(true);
  });

  it('builds the chart series for an audience from what it may see only', () => {
    const series = scoreSeriesFor(practice.core.vault.db(), couple.id, { kind: 'joint' });
    const annas = series.respondents.find((r) => r.participantId === anna.id)!;
    expect(annas.instruments.map((i) => i.key)).not.toContain('phq-9');
    expect(annas.instruments.map((i) => i.key)).toContain('trust-check-in');
  });
});
