import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Participant, Trajectory } from '../../shared/contract';
import { makeZorgplanningTeam, safetyAnswers } from '../support/teamAnswers';
import { failure, invoke, makeQuestionnaireResponse, makeSession, makeTrajectory, openPractice, type TestPractice } from '../support/factories';

describe('team questionnaires answered anonymously', () => {
  let practice: TestPractice;
  let team: Trajectory;
  let members: Participant[];
  beforeAll(async () => {
    practice = await openPractice();
    team = await makeZorgplanningTeam(practice.core);
    members = team.participants;
  });
  afterAll(() => practice.close());

  const respond = (session: { id: number }, member: Participant, score: number) =>
    makeQuestionnaireResponse(practice.core, session, member.id, { key: 'team-psychological-safety', answers: safetyAnswers(score) });

  it('shows no figures for a round that two people answered, and says who answered', async () => {
    const session = await makeSession(practice.core, team, { startsAt: '2026-09-01T10:00', attendeeIds: members.map((m) => m.id) });
    await respond(session, members[0]!, 2);
    await respond(session, members[1]!, 6);
    const groups = await invoke(practice.core, 'questionnaires.groupFigures', { trajectoryId: team.id });
    const round = groups.instruments[0]!.rounds[0]!;
    expect(groups.threshold).toBe(3);
    expect(round).toMatchObject({ date: '2026-09-01', respondentCount: 2, figures: null });
    expect(round.respondentIds).toEqual([members[0]!.id, members[1]!.id].sort((a, b) => a - b));
  });

  it('shows mean, spread, distribution and change once three or more answered', async () => {
    const first = await makeSession(practice.core, team, { startsAt: '2026-10-01T10:00', attendeeIds: members.map((m) => m.id) });
    await respond(first, members[0]!, 2);
    await respond(first, members[1]!, 4);
    await respond(first, members[2]!, 6);
    const second = await makeSession(practice.core, team, { startsAt: '2026-11-01T10:00', attendeeIds: members.map((m) => m.id) });
    for (const [i, score] of [5, 5, 6, 6].entries()) await respond(second, members[i]!, score);

    const { instruments } = await invoke(practice.core, 'questionnaires.groupFigures', { trajectoryId: team.id });
    const [, october, november] = instruments[0]!.rounds;
    expect(october!.figures).toMatchObject({ mean: 4, spread: 1.63, lowest: 2, highest: 6, change: null });
    expect(october!.figures!.distribution.map((b) => b.count)).toEqual([0, 1, 0, 1, 0, 1, 0]);
    expect(november!.figures).toMatchObject({ mean: 5.5, spread: 0.5, change: 1.5 });
    expect(november!.respondentCount).toBe(4);
  });

  it('never gives the practitioner’s screens one member’s answers or score', async () => {
    const responses = await invoke(practice.core, 'questionnaires.responses', { trajectoryId: team.id });
    expect(responses.length).toBeGreaterThanOrEqual(9);
    for (const r of responses) {
      expect(r.groupOnly).toBe(true);
      expect(r.answers).toEqual({});
      expect(r.scores.total.score).toBeNull();
    }
    const series = await invoke(practice.core, 'questionnaires.scoreSeries', { trajectoryId: team.id });
    expect(series.respondents).toEqual([]);
    const session = await makeSession(practice.core, team, { attendeeIds: [members[3]!.id] });
    const stored = await respond(session, members[3]!, 7);
    expect(stored).toMatchObject({ groupOnly: true, answers: {} });
  });

  it('lets a practice raise the threshold, never below three', async () => {
    expect(await failure(practice.core, 'questionnaires.setAnonymity', { threshold: 2 })).toMatchObject({ code: 'INVALID_INPUT', field: 'threshold' });
    expect(await invoke(practice.core, 'questionnaires.setAnonymity', { threshold: 4 })).toEqual({ threshold: 4 });
    const { instruments } = await invoke(practice.core, 'questionnaires.groupFigures', { trajectoryId: team.id });
    const byDate = Object.fromEntries(instruments[0]!.rounds.map((r) => [r.date, r.figures === null ? 'too few' : r.figures.mean]));
    expect(byDate['2026-10-01']).toBe('too few');
    expect(byDate['2026-11-01']).toBe(5.5);
    await invoke(practice.core, 'questionnaires.setAnonymity', { threshold: 3 });
  });

  it('leaves a couple’s check-ins per partner, as before', async () => {
    const couple = await makeTrajectory(practice.core, { kind: 'couple' });
    const session = await makeSession(practice.core, couple);
    const response = await makeQuestionnaireResponse(practice.core, session, couple.participants[0]!.id, { value: 7 });
    expect(response.groupOnly).toBe(false);
    expect(response.scores.total.score).toBe(7);
    expect((await invoke(practice.core, 'questionnaires.groupFigures', { trajectoryId: couple.id })).instruments).toEqual([]);
  });
});
