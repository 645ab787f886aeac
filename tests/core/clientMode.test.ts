import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Participant, Trajectory } from '../../shared/contract';
import { fixedClock, failure, invoke, makeClient, makeSession, makeTrajectory, openPractice, type TestPractice } from '../support/factories';
import { safetyAnswers } from '../support/teamAnswers';
import { passphrase } from '../support/tempVault';

const trustAnswers = (value: number) => ['q1', 'q2', 'q3', 'q4', 'q5'].map((itemId) => ({ itemId, value }));

describe('client mode', () => {
  let practice: TestPractice;
  let couple: Trajectory;
  let sanne: Participant;
  let daan: Participant;
  let recoveryKey: string;
  beforeAll(async () => {
    practice = await openPractice(fixedClock('2026-11-25T10:00:00Z'));
    await invoke(practice.core, 'practice.update', { name: 'Praktijk De Linde', autoLockMinutes: 5 });
    ({ recoveryKey } = await invoke(practice.core, 'vault.newRecoveryKey', { passphrase }));
    const a = await makeClient(practice.core, { firstName: 'Sanne', lastName: 'de Vries' });
    const b = await makeClient(practice.core, { firstName: 'Daan', lastName: 'Jansen', language: 'en' });
    couple = await makeTrajectory(practice.core, { kind: 'couple', participants: [{ clientId: a.id, role: 'partner' }, { clientId: b.id, role: 'partner' }] });
    [sanne, daan] = couple.participants as [Participant, Participant];
  });
  afterAll(() => practice.close());

  it('refuses every other method while a client holds the device, until the right passphrase is given', async () => {
    const session = await makeSession(practice.core, couple);
    await invoke(practice.core, 'clientMode.start', { trajectoryId: couple.id, participantId: daan.id, questionnaireKey: 'trust-check-in', sessionId: session.id });

    expect(await failure(practice.core, 'clients.list', {})).toMatchObject({ code: 'CLIENT_MODE' });
    expect(await failure(practice.core, 'questionnaires.responses', { trajectoryId: couple.id })).toMatchObject({ code: 'CLIENT_MODE' });
    expect(await failure(practice.core, 'search.query', { query: 'Sanne' })).toMatchObject({ code: 'CLIENT_MODE' });
    expect(await failure(practice.core, 'clientMode.start', { trajectoryId: couple.id, participantId: sanne.id, questionnaireKey: 'trust-check-in' })).toMatchObject({ code: 'CLIENT_MODE' });
    expect(await invoke(practice.core, 'vault.status', {})).toMatchObject({ state: 'unlocked' });
    expect(await invoke(practice.core, 'clientMode.status', {})).toEqual({ active: true, trajectoryId: couple.id, sessionId: session.id });

    const shown = await invoke(practice.core, 'clientMode.questionnaire', {});
    expect(shown).toMatchObject({ firstName: 'Daan', language: 'en', address: 'je', answered: false, definition: { key: 'trust-check-in' } });
    expect(JSON.stringify(shown)).not.toContain('Sanne');
    await invoke(practice.core, 'clientMode.submit', { answers: trustAnswers(7) });
    expect(await invoke(practice.core, 'clientMode.questionnaire', {})).toMatchObject({ answered: true });
    expect(await failure(practice.core, 'clientMode.submit', { answers: trustAnswers(2) })).toMatchObject({ code: 'CONFLICT', reason: 'already_answered' });

    expect(await failure(practice.core, 'clientMode.leave', { passphrase: 'ik gok maar wat' })).toMatchObject({ code: 'WRONG_PASSPHRASE', field: 'passphrase' });
    expect(await failure(practice.core, 'clients.list', {})).toMatchObject({ code: 'CLIENT_MODE' });

    const left = await invoke(practice.core, 'clientMode.leave', { passphrase });
    expect(left).toMatchObject({ trajectoryId: couple.id, sessionId: session.id, participantId: daan.id, response: { groupOnly: false, key: 'trust-check-in' } });
    expect(left.response?.scores.total.score).toBe(7);
    expect((await invoke(practice.core, 'clients.list', {})).items.map((c) => c.firstName)).toEqual(expect.arrayContaining(['Sanne', 'Daan']));
    const stored = await invoke(practice.core, 'questionnaires.responses', { trajectoryId: couple.id, participantId: daan.id });
    expect(stored).toEqual([expect.objectContaining({ sessionId: session.id, key: 'trust-check-in', answers: { q1: 7, q2: 7, q3: 7, q4: 7, q5: 7 } })]);
    expect(await invoke(practice.core, 'clientMode.status', {})).toEqual({ active: false, trajectoryId: null, sessionId: null });
  });

  it('stores answers given from the trajectory page outside a session, dated now, addresses the client as the practice chose, and the recovery key ends client mode too', async () => {
    await invoke(practice.core, 'practice.update', { clientAddress: 'u' });
    await invoke(practice.core, 'clientMode.start', { trajectoryId: couple.id, participantId: sanne.id, questionnaireKey: 'trust-check-in' });
    expect(await invoke(practice.core, 'clientMode.questionnaire', {})).toMatchObject({ firstName: 'Sanne', language: 'nl', address: 'u' });
    await invoke(practice.core, 'clientMode.submit', { answers: trustAnswers(4) });
    const left = await invoke(practice.core, 'clientMode.leave', { recoveryKey });
    expect(left.response).toMatchObject({ sessionId: null, form: null, participantId: sanne.id, startsAt: expect.stringMatching(/^2026-11-25T\d{2}:00$/) });
  });

  it('refuses to start with a questionnaire that does not fit or has no item text, a session the participant is not in, or a participant of another trajectory', async () => {
    const team = await makeTrajectory(practice.core, { kind: 'team' });
    expect(await failure(practice.core, 'clientMode.start', { trajectoryId: team.id, participantId: team.participants[0]!.id, questionnaireKey: 'team-psychological-safety' })).toMatchObject({
      code: 'CONFLICT',
      reason: 'items_without_text',
    });
    const individual = await makeSession(practice.core, couple, { attendeeIds: [sanne.id] });
    const other = await makeTrajectory(practice.core);
    const start = (input: object) => failure(practice.core, 'clientMode.start', { trajectoryId: couple.id, participantId: daan.id, questionnaireKey: 'trust-check-in', ...input });
    expect(await start({ questionnaireKey: 'team-psychological-safety' })).toMatchObject({ code: 'CONFLICT', field: 'questionnaireKey', reason: 'questionnaire_does_not_fit' });
    expect(await start({ sessionId: individual.id })).toMatchObject({ code: 'INVALID_INPUT', field: 'participantId', reason: 'not_an_attendee' });
    expect(await start({ participantId: other.participants[0]!.id })).toMatchObject({ code: 'INVALID_INPUT', field: 'participantId' });
    expect(await start({ questionnaireKey: 'no-such-list' })).toMatchObject({ code: 'NOT_FOUND' });
    expect(await invoke(practice.core, 'clientMode.status', {})).toEqual({ active: false, trajectoryId: null, sessionId: null });
    expect(await failure(practice.core, 'clientMode.questionnaire', {})).toMatchObject({ code: 'CONFLICT', reason: 'not_in_client_mode' });
  });

  it('after five wrong passphrases in a row makes every next try wait half a minute, the right one included', async () => {
    await invoke(practice.core, 'clientMode.start', { trajectoryId: couple.id, participantId: sanne.id, questionnaireKey: 'trust-check-in' });
    for (let i = 0; i < 5; i++) {
      expect(await failure(practice.core, 'clientMode.leave', { passphrase: `gok nummer ${i}` })).toMatchObject({ code: 'WRONG_PASSPHRASE' });
    }
    expect(await failure(practice.core, 'clientMode.leave', { passphrase })).toMatchObject({ code: 'TOO_MANY_ATTEMPTS', field: 'passphrase' });
    expect(await failure(practice.core, 'clients.list', {})).toMatchObject({ code: 'CLIENT_MODE' });
    practice.clock.set(new Date(practice.clock.now().getTime() + 31_000));
    await invoke(practice.core, 'clientMode.leave', { passphrase });
    const failed = await invoke(practice.core, 'audit.list', { event: 'unlock_failed' });
    expect(failed.items.filter((e) => e.details['during'] === 'client_mode')).toHaveLength(6);
    const events = (await invoke(practice.core, 'audit.list', { limit: 500 })).items.map((e) => e.event);
    expect(events.filter((e) => e === 'client_mode_started')).toHaveLength(3);
    expect(events.filter((e) => e === 'client_mode_ended')).toHaveLength(3);
  });

  it('ends with the auto-lock: the answers given stay stored, and after unlocking the practitioner can read everything again', async () => {
    await invoke(practice.core, 'clientMode.start', { trajectoryId: couple.id, participantId: sanne.id, questionnaireKey: 'trust-check-in' });
    await invoke(practice.core, 'clientMode.submit', { answers: trustAnswers(9) });
    practice.clock.set(new Date(practice.clock.now().getTime() + 6 * 60_000));
    expect(practice.core.vault.lockIfIdle()).toBe(true);
    expect(await failure(practice.core, 'clients.list', {})).toMatchObject({ code: 'VAULT_LOCKED' });
    await invoke(practice.core, 'vault.unlock', { passphrase });
    expect(await invoke(practice.core, 'clientMode.status', {})).toEqual({ active: false, trajectoryId: null, sessionId: null });
    expect((await invoke(practice.core, 'clients.list', {})).total).toBeGreaterThanOrEqual(2);
    const sanneAnswers = await invoke(practice.core, 'questionnaires.responses', { trajectoryId: couple.id, participantId: sanne.id });
    expect(sanneAnswers.map((r) => r.scores.total.score)).toContain(9);
  });

  it('keeps a team member’s psychological-safety answer group-only, for the practitioner too', async () => {
    const team = await makeTrajectory(practice.core, { kind: 'team' });
    const member = team.participants[0]!;
    const texts = ['q1', 'q2', 'q3', 'q4', 'q5', 'q6', 'q7'].map((itemId, i) => ({ itemId, text: { nl: `Uitspraak ${i + 1} over het team`, en: `Statement ${i + 1} about the team` } }));
    await invoke(practice.core, 'questionnaires.setItemTexts', { key: 'team-psychological-safety', texts });
    await invoke(practice.core, 'clientMode.start', { trajectoryId: team.id, participantId: member.id, questionnaireKey: 'team-psychological-safety' });
    await invoke(practice.core, 'clientMode.submit', { answers: safetyAnswers(6) });
    const left = await invoke(practice.core, 'clientMode.leave', { passphrase });
    expect(left.response).toMatchObject({ groupOnly: true, answers: {}, scores: { total: { score: null } } });
    const seen = await invoke(practice.core, 'questionnaires.responses', { trajectoryId: team.id });
    expect(seen).toEqual([expect.objectContaining({ participantId: member.id, groupOnly: true, answers: {} })]);
  });
});
