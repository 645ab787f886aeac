import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { responsesVisibleTo } from '../../electron/core/questionnaires/audience';
import { makeQuestionnaireResponse, makeSession, makeTrajectory, openPractice, type TestPractice } from '../support/factories';

describe('who sees questionnaire scores', () => {
  let practice: TestPractice;
  beforeAll(async () => {
    practice = await openPractice();
  });
  afterAll(() => practice.close());

  const visible = (trajectoryId: number, audience: Parameters<typeof responsesVisibleTo>[2]) =>
    responsesVisibleTo(practice.core.vault.db(), trajectoryId, audience).map((r) => `${r.key}:${r.participantId}`).sort();

  it('keeps a partner’s PHQ-9 out of the joint report, but shows the trust check-in of both', async () => {
    const couple = await makeTrajectory(practice.core, { kind: 'couple' });
    const [a, b] = couple.participants.map((p) => p.id) as [number, number];
    const joint = await makeSession(practice.core, couple);
    await makeQuestionnaireResponse(practice.core, joint, a, { key: 'phq-9', value: 1 });
    await makeQuestionnaireResponse(practice.core, joint, a, { key: 'trust-check-in' });
    await makeQuestionnaireResponse(practice.core, joint, b, { key: 'trust-check-in' });

    expect(visible(couple.id, { kind: 'joint' })).toEqual([`trust-check-in:${a}`, `trust-check-in:${b}`].sort());
    expect(visible(couple.id, { kind: 'participant', participantId: a })).toEqual([`phq-9:${a}`, `trust-check-in:${a}`].sort());
    expect(visible(couple.id, { kind: 'participant', participantId: b })).toEqual([`trust-check-in:${b}`]);
  });

  it('shows an individual client their own PHQ-9', async () => {
    const individual = await makeTrajectory(practice.core, { kind: 'individual' });
    const client = individual.participants[0]!.id;
    const session = await makeSession(practice.core, individual);
    await makeQuestionnaireResponse(practice.core, session, client, { key: 'gad-7', value: 2 });
    expect(visible(individual.id, { kind: 'joint' })).toEqual([`gad-7:${client}`]);
  });
});
