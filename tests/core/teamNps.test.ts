import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Participant, Trajectory } from '../../shared/contract';
import { failure, fixedClock, invoke, makeSession, makeTrajectory, openPractice, type TestPractice } from '../support/factories';
import { makeZorgplanningTeam } from '../support/teamAnswers';
import { passphrase } from '../support/tempVault';

/** The team check-in: four statements answered `statement`, the NPS item answered `recommend`. */
const checkIn = (statement: number, recommend: number) => [
  ...['q1', 'q2', 'q3', 'q4'].map((itemId) => ({ itemId, value: statement })),
  { itemId: 'enps', value: recommend },
];

describe('a team’s check-in rounds and NPS', () => {
  let practice: TestPractice;
  let team: Trajectory;
  let members: Participant[];
  beforeAll(async () => {
    practice = await openPractice(fixedClock('2026-11-02T09:00:00Z'));
    team = await makeZorgplanningTeam(practice.core);
    members = team.participants;
  });
  afterAll(() => practice.close());

  /** One member answers the team check-in on this device, outside a session, at this moment. */
  async function answerInClientMode(member: Participant, at: string, statement: number, recommend: number) {
    practice.clock.set(at);
    await invoke(practice.core, 'clientMode.start', { trajectoryId: team.id, participantId: member.id, questionnaireKey: 'team-check-in' });
    await invoke(practice.core, 'clientMode.submit', { answers: checkIn(statement, recommend) });
    return invoke(practice.core, 'clientMode.leave', { passphrase });
  }

  const checkInFigures = async () => {
    const figures = await invoke(practice.core, 'questionnaires.groupFigures', { trajectoryId: team.id });
    return { rounds: figures.instruments.find((i) => i.key === 'team-check-in')?.rounds ?? [], nps: figures.nps.find((s) => s.key === 'team-check-in') };
  };

  it('shows no NPS while two members answered in a session: too few answers', async () => {
    const session = await makeSession(practice.core, team, { startsAt: '2026-11-03T10:00', attendeeIds: members.map((m) => m.id) });
    for (const [i, recommend] of [10, 3].entries()) {
      await invoke(practice.core, 'questionnaires.respond', { sessionId: session.id, participantId: members[i]!.id, key: 'team-check-in', answers: checkIn(7, recommend) });
    }
    const { rounds, nps } = await checkInFigures();
    expect(rounds).toEqual([expect.objectContaining({ roundId: `session:${session.id}`, respondentCount: 2, figures: null })]);
    expect(nps).toMatchObject({ itemId: 'enps', title: { nl: 'Team-check-in' }, rounds: [{ date: '2026-11-03', answered: 2, figure: null }] });
  });

  it('puts three members who answer on three different days between sessions in one round, with the group’s NPS', async () => {
    await answerInClientMode(members[0]!, '2026-12-01T08:30:00Z', 8, 10);
    await answerInClientMode(members[1]!, '2026-12-04T15:00:00Z', 6, 7);
    await answerInClientMode(members[2]!, '2026-12-14T19:00:00Z', 4, 2);
    const { rounds, nps } = await checkInFigures();
    const december = rounds.filter((r) => r.date >= '2026-12-01');
    expect(december).toHaveLength(1);
    expect(december[0]).toMatchObject({ date: '2026-12-01', respondentCount: 3, figures: { mean: 6, lowest: 4, highest: 8 } });
    // One promoter (10), one passive (7), one detractor (2): 33 % − 33 % = 0.
    expect(nps!.rounds.at(-1)).toEqual({ roundId: december[0]!.roundId, date: '2026-12-01', answered: 3, figure: { score: 0, promoters: 1, passives: 1, detractors: 1, answered: 3 } });
  });

  it('starts a new round for an answer given 14 days or more after the round’s first answer', async () => {
    await answerInClientMode(members[3]!, '2026-12-15T10:00:00Z', 9, 9);
    const { rounds, nps } = await checkInFigures();
    expect(rounds.map((r) => [r.date, r.respondentCount, r.figures === null ? 'too few' : r.figures.mean])).toEqual([
      ['2026-11-03', 2, 'too few'],
      ['2026-12-01', 3, 6],
      ['2026-12-15', 1, 'too few'],
    ]);
    expect(nps!.rounds.map((r) => [r.date, r.figure?.score ?? 'too few'])).toEqual([
      ['2026-11-03', 'too few'],
      ['2026-12-01', 0],
      ['2026-12-15', 'too few'],
    ]);
  });

  it('never tells anyone which member gave which NPS answer', async () => {
    const responses = await invoke(practice.core, 'questionnaires.responses', { trajectoryId: team.id });
    expect(responses.length).toBe(6);
    for (const r of responses) expect(r).toMatchObject({ groupOnly: true, answers: {} });
    const figures = await invoke(practice.core, 'questionnaires.groupFigures', { trajectoryId: team.id });
    expect(JSON.stringify(figures.nps)).not.toMatch(/participantId|respondentIds/);
  });

  it('offers the team check-in and the psychological-safety scale only to a team, and refuses them in a couple’s session', async () => {
    const couple = await makeTrajectory(practice.core, { kind: 'couple' });
    const offered = async (trajectoryId: number, forClient = false) =>
      (await invoke(practice.core, 'questionnaires.list', { trajectoryId, forClient, language: 'nl' })).map((q) => q.key);
    expect(await offered(couple.id)).toEqual(['trust-check-in', 'phq-9', 'gad-7', 'rempel-trust']);
    expect(await offered(team.id)).toEqual(expect.arrayContaining(['team-psychological-safety', 'team-check-in']));
    // Without its item text entered, the scoring-only scale is not one a client can answer alone.
    expect(await offered(team.id, true)).not.toContain('team-psychological-safety');
    expect(await offered(team.id, true)).toContain('team-check-in');
    const session = await makeSession(practice.core, couple);
    const refused = await failure(practice.core, 'questionnaires.respond', { sessionId: session.id, participantId: couple.participants[0]!.id, key: 'team-check-in', answers: checkIn(7, 9) });
    expect(refused).toMatchObject({ code: 'CONFLICT', field: 'key', reason: 'questionnaire_does_not_fit' });
  });
});

describe('an NPS item outside a team', () => {
  let practice: TestPractice;
  beforeAll(async () => {
    practice = await openPractice(fixedClock('2026-11-02T09:00:00Z'));
  });
  afterAll(() => practice.close());

  it('is a group figure there too: a couple’s two answers show no NPS, and neither partner’s answer is handed out', async () => {
    const custom = await invoke(practice.core, 'questionnaires.create', {
      definition: {
        title: { nl: 'Tevredenheid over de begeleiding', en: 'Satisfaction with the guidance' },
        textLicensed: true,
        scale: { min: 1, max: 5 },
        items: [
          { id: 'q1', text: { nl: 'De sessies helpen ons verder.', en: 'The sessions help us on.' } },
          { id: 'aanbevelen', type: 'nps', text: { nl: 'Hoe waarschijnlijk is het dat ik deze therapeut aanraad?', en: 'How likely is it that I would recommend this therapist?' } },
        ],
        scoring: { method: 'mean' },
      },
    });
    const key = custom.definition.key;
    const couple = await makeTrajectory(practice.core, { kind: 'couple' });
    const session = await makeSession(practice.core, couple);
    for (const p of couple.participants) {
      const stored = await invoke(practice.core, 'questionnaires.respond', {
        sessionId: session.id,
        participantId: p.id,
        key,
        answers: [
          { itemId: 'q1', value: 4 },
          { itemId: 'aanbevelen', value: 10 },
        ],
      });
      expect(stored.answers).toEqual({ q1: 4 });
      expect(stored.scores.total.score).toBe(4);
    }
    const figures = await invoke(practice.core, 'questionnaires.groupFigures', { trajectoryId: couple.id });
    expect(figures.instruments).toEqual([]);
    expect(figures.nps).toEqual([expect.objectContaining({ key, itemId: 'aanbevelen', rounds: [expect.objectContaining({ answered: 2, figure: null })] })]);
    for (const r of await invoke(practice.core, 'questionnaires.responses', { trajectoryId: couple.id })) expect(r.answers).not.toHaveProperty('aanbevelen');
  });
});
