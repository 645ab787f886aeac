import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Participant, Trajectory } from '../../shared/contract';
import { formDataOf, sealAnswers } from '../support/answerFiles';
import { failure, invoke, makeAgreement, makeClient, makeSession, makeTrajectory, openPractice, type TestPractice } from '../support/factories';
import { snapshotFolder } from '../support/tempVault';

describe('sealed forms and answer files', () => {
  let practice: TestPractice;
  let other: TestPractice;
  let couple: Trajectory;
  let sanne: Participant;
  let daan: Participant;
  beforeAll(async () => {
    practice = await openPractice();
    other = await openPractice();
    await invoke(practice.core, 'practice.update', { name: 'Praktijk De Linde' });
    const a = await makeClient(practice.core, { firstName: 'Sanne', lastName: 'de Vries' });
    const b = await makeClient(practice.core, { firstName: 'Daan', lastName: 'Jansen', language: 'en' });
    couple = await makeTrajectory(practice.core, { kind: 'couple', participants: [{ clientId: a.id, role: 'partner' }, { clientId: b.id, role: 'partner' }] });
    [sanne, daan] = couple.participants as [Participant, Participant];
  });
  afterAll(() => {
    practice.close();
    other.close();
  });

  const trustAnswers = (value: number) => ['q1', 'q2', 'q3', 'q4', 'q5'].map((itemId) => ({ itemId, value }));

  it('makes one form per participant with their own open agreements and nothing of the other’s', async () => {
    const joint = await makeSession(practice.core, couple);
    const own = await makeAgreement(practice.core, joint, { owner: { kind: 'participant', participantId: sanne.id }, text: 'Sanne belt op zondag haar moeder terug' });
    await makeAgreement(practice.core, joint, { owner: { kind: 'participant', participantId: daan.id }, text: 'Daan kookt op woensdag' });
    const both = await makeAgreement(practice.core, joint, { text: 'Samen elke vrijdag wandelen' });
    const individualDaan = await makeSession(practice.core, couple, { attendeeIds: [daan.id] });
    await makeAgreement(practice.core, individualDaan, { owner: { kind: 'participant', participantId: daan.id }, text: 'Daan schrijft een brief' });
    await invoke(practice.core, 'sessions.saveNotes', { id: joint.id, templateKey: 'regular', summary: 'Samen gesproken', privateNotes: 'PRIVÉ-NOTITIE-123' });

    const { forms } = await invoke(practice.core, 'forms.create', { trajectoryId: couple.id, participantIds: [sanne.id, daan.id], questionnaireKey: 'trust-check-in', withAgreements: true });
    expect(forms).toHaveLength(2);
    const [forSanne, forDaan] = forms as [(typeof forms)[number], (typeof forms)[number]];
    expect(forSanne.html).toContain('Hallo Sanne.');
    expect(forSanne.html).toContain('Praktijk De Linde');
    expect(forSanne.html).toContain('Sanne belt op zondag haar moeder terug');
    expect(forSanne.html).toContain('Samen elke vrijdag wandelen');
    expect(forSanne.html).not.toContain('Daan');
    expect(forSanne.html).not.toContain('PRIVÉ-NOTITIE-123');
    expect(formDataOf(forSanne).agreementIds).toEqual([own.id, both.id]);
    expect(forDaan.html).toContain('<html lang="en">');
    expect(forDaan.html).toContain('Daan schrijft een brief');
    expect(forDaan.html).not.toContain('Sanne');
    expect(forSanne.html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'sha256-/);
    expect(forSanne.html).not.toMatch(/https?:\/\//);
  });

  it('stores an answer file as a response and self-reported outcomes, once', async () => {
    const { forms } = await invoke(practice.core, 'forms.create', { trajectoryId: couple.id, participantIds: [sanne.id], questionnaireKey: 'trust-check-in', withAgreements: true });
    const data = formDataOf(forms[0]!);
    const file = await sealAnswers(data, {
      answers: trustAnswers(8),
      agreements: [{ agreementId: data.agreementIds[0]!, outcome: 'partly_kept' }],
      reflection: 'Het ging beter dan ik dacht.',
    });
    const imported = await invoke(practice.core, 'forms.importAnswers', { content: file });
    expect(imported.response).toMatchObject({ participantId: sanne.id, sessionId: null, key: 'trust-check-in', startsAt: '2026-11-24T20:15', groupOnly: false });
    expect(imported.response.scores.total.score).toBe(8);
    expect(imported.reflection).toBe('Het ging beter dan ik dacht.');
    const responses = await invoke(practice.core, 'questionnaires.responses', { trajectoryId: couple.id, participantId: sanne.id });
    expect(responses.map((r) => r.id)).toContain(imported.response.id);
    expect(await invoke(practice.core, 'forms.selfReports', { trajectoryId: couple.id })).toEqual([
      expect.objectContaining({ agreementId: data.agreementIds[0], participantId: sanne.id, outcome: 'partly_kept' }),
    ]);
    const status = await invoke(practice.core, 'forms.list', { trajectoryId: couple.id });
    expect(status.find((f) => f.formId === data.formId)?.state).toBe('answered');

    const before = snapshotFolder(`${practice.dir}/vault`);
    expect(await failure(practice.core, 'forms.importAnswers', { content: file })).toMatchObject({ code: 'CONFLICT', reason: 'already_imported' });
    expect(snapshotFolder(`${practice.dir}/vault`)).toEqual(before);

    // The next joint session shows it beside the agreement to review; the outcome is still the practitioner's to choose.
    const next = await makeSession(practice.core, couple, { startsAt: '2026-12-08T10:00' });
    const workspace = await invoke(practice.core, 'sessions.workspace', { id: next.id });
    expect(workspace.selfReports).toEqual([expect.objectContaining({ agreementId: data.agreementIds[0], participantId: sanne.id, outcome: 'partly_kept' })]);
    expect(workspace.agreementsToReview.find((a) => a.id === data.agreementIds[0])?.review).toBeNull();
  });

  it('refuses a tampered, a damaged, an expired and another vault’s answer file, changing nothing', async () => {
    const { forms } = await invoke(practice.core, 'forms.create', { trajectoryId: couple.id, participantIds: [daan.id], questionnaireKey: 'trust-check-in', validDays: 7 });
    const data = formDataOf(forms[0]!);
    const file = await sealAnswers(data, { answers: trustAnswers(3) });
    const count = async () => (await invoke(practice.core, 'questionnaires.responses', { trajectoryId: couple.id })).length;
    const responsesBefore = await count();

    const parsed = JSON.parse(file) as { ciphertext: string };
    const bytes = Buffer.from(parsed.ciphertext, 'base64');
    bytes[5] = bytes[5]! ^ 0x01;
    const tampered = JSON.stringify({ ...parsed, ciphertext: bytes.toString('base64') });
    expect(await failure(practice.core, 'forms.importAnswers', { content: tampered })).toMatchObject({ code: 'INVALID_INPUT', field: 'content', reason: 'answer_file_damaged' });
    expect(await failure(practice.core, 'forms.importAnswers', { content: file.slice(0, 200) })).toMatchObject({ reason: 'answer_file_damaged' });
    // Sealed as the answer to another form of the same vault: its form id binds the encryption.
    const moved = JSON.stringify({ ...(JSON.parse(await sealAnswers(data, { answers: trustAnswers(3) })) as object), formId: 'f'.repeat(32) });
    expect(await failure(practice.core, 'forms.importAnswers', { content: moved })).toMatchObject({ reason: 'form_unknown' });

    const otherCouple = await makeTrajectory(other.core, { kind: 'couple' });
    const { forms: otherForms } = await invoke(other.core, 'forms.create', { trajectoryId: otherCouple.id, participantIds: [otherCouple.participants[0]!.id], questionnaireKey: 'trust-check-in' });
    const foreign = await sealAnswers(formDataOf(otherForms[0]!), { answers: trustAnswers(5) });
    expect(await failure(practice.core, 'forms.importAnswers', { content: foreign })).toMatchObject({ code: 'INVALID_INPUT', reason: 'other_vault' });

    practice.clock.set('2026-12-09T10:00:00Z');
    expect(await failure(practice.core, 'forms.importAnswers', { content: file })).toMatchObject({ code: 'CONFLICT', reason: 'form_expired' });
    practice.clock.set('2026-11-25T10:00:00Z');
    expect(await count()).toBe(responsesBefore);
    const status = await invoke(practice.core, 'forms.list', { trajectoryId: couple.id });
    expect(status.find((f) => f.formId === data.formId)?.state).toBe('open');
  });

  it('offers the team scale to teams only', async () => {
    expect(await failure(practice.core, 'forms.create', { trajectoryId: couple.id, participantIds: [sanne.id], questionnaireKey: 'team-psychological-safety' })).toMatchObject({
      code: 'CONFLICT',
      field: 'questionnaireKey',
      reason: 'questionnaire_does_not_fit',
    });
  });

  it('counts a team’s form answers as one round of group figures', async () => {
    const team = await makeTrajectory(practice.core, { kind: 'team' });
    const { forms } = await invoke(practice.core, 'forms.create', { trajectoryId: team.id, participantIds: team.participants.map((p) => p.id), questionnaireKey: 'trust-check-in' });
    for (const [i, form] of forms.entries()) {
      const imported = await invoke(practice.core, 'forms.importAnswers', { content: await sealAnswers(formDataOf(form), { answers: trustAnswers(4 + i), answeredAt: `2026-11-2${i}T19:00` }) });
      expect(imported.response).toMatchObject({ groupOnly: true, answers: {} });
    }
    const { instruments } = await invoke(practice.core, 'questionnaires.groupFigures', { trajectoryId: team.id });
    expect(instruments[0]!.rounds).toHaveLength(1);
    expect(instruments[0]!.rounds[0]).toMatchObject({ date: '2026-11-20', respondentCount: 3, figures: { mean: 5 } });
  });
});
