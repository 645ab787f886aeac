import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Participant, Trajectory } from '../../shared/contract';
import { formDataOf, sealAnswers } from '../support/answerFiles';
import { failure, invoke, makeClient, makeTrajectory, openPractice, type TestPractice } from '../support/factories';
import { answerRound, makeRound, raterAnswerFile, trust360Answers } from '../support/feedback360';
import { snapshotFolder } from '../support/tempVault';

describe('360 feedback rounds', () => {
  let practice: TestPractice;
  let other: TestPractice;
  let trajectory: Trajectory;
  let noor: Participant;
  beforeAll(async () => {
    practice = await openPractice();
    other = await openPractice();
    await invoke(practice.core, 'practice.update', { name: 'Coaching De Linde' });
    const client = await makeClient(practice.core, { firstName: 'Noor', lastName: 'Bakker' });
    trajectory = await makeTrajectory(practice.core, { kind: 'individual', participants: [{ clientId: client.id, role: 'client' }] });
    noor = trajectory.participants[0]!;
  });
  afterAll(() => {
    practice.close();
    other.close();
  });

  it('stores a round with its raters, each waiting for a form', async () => {
    const round = await invoke(practice.core, 'feedback360.createRound', {
      trajectoryId: trajectory.id,
      participantId: noor.id,
      title: '360 najaar',
      raters: [
        { label: 'Petra (teamleider)', role: 'manager', language: 'nl' },
        { label: 'Noor', role: 'self', language: 'nl' },
        { label: 'J.K.', role: 'peer', language: 'en' },
      ],
    });
    expect(round).toMatchObject({ title: '360 najaar', questionnaireKey: 'trust-360', participantId: noor.id, closedAt: null });
    expect(round.raters.map((r) => [r.role, r.label, r.language, r.state])).toEqual([
      ['self', 'Noor', 'nl', 'no_form'],
      ['manager', 'Petra (teamleider)', 'nl', 'no_form'],
      ['peer', 'J.K.', 'en', 'no_form'],
    ]);
    expect((await invoke(practice.core, 'feedback360.list', { trajectoryId: trajectory.id })).map((r) => r.id)).toContain(round.id);
  });

  it('refuses a second self or manager, and a rater without a label, by field', async () => {
    const round = await makeRound(practice.core, trajectory.id, noor.id, ['self', 'manager']);
    expect(await failure(practice.core, 'feedback360.addRater', { roundId: round.id, label: 'Tweede', role: 'manager' })).toMatchObject({
      code: 'CONFLICT',
      field: 'role',
      reason: 'one_manager_only',
    });
    expect(await failure(practice.core, 'feedback360.addRater', { roundId: round.id, label: '  ', role: 'peer' })).toMatchObject({ code: 'INVALID_INPUT', field: 'label' });
    expect(await failure(practice.core, 'feedback360.createRound', { trajectoryId: trajectory.id, participantId: 999, title: 'x' })).toMatchObject({
      field: 'participantId',
    });
    expect((await invoke(practice.core, 'feedback360.list', { trajectoryId: trajectory.id })).find((r) => r.id === round.id)?.raters).toHaveLength(2);
  });

  it('makes one form per rater: about the person by first name only, in the first person for self, no free text', async () => {
    const round = await makeRound(practice.core, trajectory.id, noor.id, ['self', 'manager', 'peer']);
    const { forms } = await invoke(practice.core, 'feedback360.createForms', { roundId: round.id });
    expect(forms.map((f) => f.raterId)).toEqual(round.raters.map((r) => r.id));
    const [self, manager, peer] = forms;
    expect(self!.html).toContain('Ik doe wat ik heb toegezegd.');
    expect(self!.html).not.toContain('Deze persoon');
    expect(peer!.html).toContain('Deze persoon doet wat hij of zij heeft toegezegd.');
    expect(peer!.html).toContain('feedback over Noor');
    expect(peer!.html).toContain('minstens 3 mensen');
    expect(manager!.html).toContain('als die van de leidinggevende');
    for (const form of forms) {
      expect(form.html).not.toContain('Bakker');
      expect(form.html).not.toContain('peer-3');
      expect(form.html).not.toContain('id="reflection"');
      expect(form.html).not.toMatch(/https?:\/\//);
    }
    expect(peer!.fileName).toMatch(/^360-noor-peer-3-[0-9a-f]{6}\.html$/);
    const listed = await invoke(practice.core, 'feedback360.list', { trajectoryId: trajectory.id });
    expect(listed.find((r) => r.id === round.id)!.raters.map((r) => r.state)).toEqual(['open', 'open', 'open']);
    // Rater forms are not the trajectory's own questionnaire forms.
    expect((await invoke(practice.core, 'forms.list', { trajectoryId: trajectory.id })).map((f) => f.formId)).not.toContain(peer!.formId);
  });

  it('reads in a rater’s answer file once: a replay, a file for another vault and a participant-form route are refused, changing nothing', async () => {
    const round = await makeRound(practice.core, trajectory.id, noor.id, ['self', 'peer']);
    const { forms } = await invoke(practice.core, 'feedback360.createForms', { roundId: round.id });
    const file = await raterAnswerFile(forms[1]!, 4);
    expect(await failure(practice.core, 'forms.importAnswers', { content: file })).toMatchObject({ code: 'CONFLICT', reason: 'feedback360_answer_file' });
    expect(await invoke(practice.core, 'feedback360.importAnswers', { content: file })).toMatchObject({ roundId: round.id, raterId: round.raters[1]!.id, role: 'peer' });
    const listed = await invoke(practice.core, 'feedback360.list', { trajectoryId: trajectory.id });
    expect(listed.find((r) => r.id === round.id)!.raters.map((r) => r.state)).toEqual(['open', 'answered']);

    const before = snapshotFolder(`${practice.dir}/vault`);
    expect(await failure(practice.core, 'feedback360.importAnswers', { content: file })).toMatchObject({ code: 'CONFLICT', reason: 'already_imported', field: 'content' });
    expect(await failure(other.core, 'feedback360.importAnswers', { content: file })).toMatchObject({ reason: 'other_vault' });
    const tampered = JSON.parse(await raterAnswerFile(forms[0]!, 4)) as { ciphertext: string };
    tampered.ciphertext = `AAAA${tampered.ciphertext.slice(4)}`;
    expect(await failure(practice.core, 'feedback360.importAnswers', { content: JSON.stringify(tampered) })).toMatchObject({ reason: 'answer_file_damaged' });
    expect(snapshotFolder(`${practice.dir}/vault`)).toEqual(before);
  });

  it('refuses a second answer from the same rater through a new form, and any answer after the round is closed', async () => {
    const round = await makeRound(practice.core, trajectory.id, noor.id, ['self', 'peer']);
    const first = (await invoke(practice.core, 'feedback360.createForms', { roundId: round.id, raterIds: [round.raters[1]!.id] })).forms[0]!;
    const again = (await invoke(practice.core, 'feedback360.createForms', { roundId: round.id, raterIds: [round.raters[1]!.id] })).forms[0]!;
    const self = (await invoke(practice.core, 'feedback360.createForms', { roundId: round.id, raterIds: [round.raters[0]!.id] })).forms[0]!;
    await invoke(practice.core, 'feedback360.importAnswers', { content: await raterAnswerFile(first, 3) });
    expect(await failure(practice.core, 'feedback360.importAnswers', { content: await raterAnswerFile(again, 5) })).toMatchObject({ reason: 'rater_answered' });
    await invoke(practice.core, 'feedback360.close', { roundId: round.id });
    expect(await failure(practice.core, 'feedback360.importAnswers', { content: await raterAnswerFile(self, 5) })).toMatchObject({ reason: 'round_closed' });
    expect(await failure(practice.core, 'feedback360.addRater', { roundId: round.id, label: 'Laat', role: 'other' })).toMatchObject({ reason: 'round_closed' });
  });

  it('refuses an answer file whose answers do not fit the questionnaire', async () => {
    const round = await makeRound(practice.core, trajectory.id, noor.id, ['peer']);
    const form = (await invoke(practice.core, 'feedback360.createForms', { roundId: round.id })).forms[0]!;
    const file = await sealAnswers(formDataOf(form), { answers: trust360Answers(9) });
    expect(await failure(practice.core, 'feedback360.importAnswers', { content: file })).toMatchObject({ code: 'INVALID_INPUT', reason: 'answer_file_damaged' });
  });

  it('shows no figures before the round is closed', async () => {
    const round = await makeRound(practice.core, trajectory.id, noor.id, ['self', 'peer', 'peer', 'peer']);
    await answerRound(practice.core, round, [2, 4, 4, 4]);
    const open = await invoke(practice.core, 'feedback360.result', { roundId: round.id });
    expect(open).toMatchObject({ closed: false, answered: 4, raterCount: 4, factors: [] });
  });

  it('with two peers shows “too few” for peers and keeps them out of a figure that would give them away', async () => {
    const round = await makeRound(practice.core, trajectory.id, noor.id, ['self', 'manager', 'peer', 'peer']);
    await answerRound(practice.core, round, [5, 2, 3, 4]);
    await invoke(practice.core, 'feedback360.close', { roundId: round.id });
    const result = await invoke(practice.core, 'feedback360.result', { roundId: round.id });
    const integrity = result.factors.find((f) => f.key === 'integrity')!;
    expect(integrity.cells.self).toEqual({ shown: true, score: 5, count: 1 });
    expect(integrity.cells.manager).toEqual({ shown: true, score: 2, count: 1 });
    expect(integrity.cells.peer).toEqual({ shown: false, count: 2, because: 'too_few' });
    // All others (3) minus the manager would be the two peers' mean: hidden.
    expect(integrity.cells.all_others).toEqual({ shown: false, count: 3, because: 'would_reveal_group' });
    expect(JSON.stringify(result)).not.toContain('3.5');
  });

  it('with three peers shows their mean, all others and the biggest gaps between self and others', async () => {
    const round = await makeRound(practice.core, trajectory.id, noor.id, ['self', 'manager', 'peer', 'peer', 'peer']);
    const peer = { integrity: 4, ability: 4, benevolence: 2, openness: 3 };
    await answerRound(practice.core, round, [{ integrity: 4, ability: 4, benevolence: 5, openness: 5 }, { integrity: 4, ability: 4, benevolence: 2, openness: 3 }, peer, peer, { ...peer, openness: 2 }]);
    await invoke(practice.core, 'feedback360.close', { roundId: round.id });
    const result = await invoke(practice.core, 'feedback360.result', { roundId: round.id });
    const openness = result.factors.find((f) => f.key === 'openness')!;
    expect(openness.cells.peer).toEqual({ shown: true, score: 2.67, count: 3 });
    expect(openness.cells.all_others).toEqual({ shown: true, score: 2.75, count: 4 });
    expect(openness.gap).toBe(-2.25);
    expect(result.biggestGaps.map((g) => [g.key, g.gap])).toEqual([
      ['benevolence', -3],
      ['openness', -2.25],
    ]);
    expect(result.scale).toEqual({ min: 1, max: 5 });
  });

  it('gives the person their rounds in a data export with only their own answers and no rater label', async () => {
    const round = await makeRound(practice.core, trajectory.id, noor.id, ['self', 'peer', 'peer', 'peer'], '360 export');
    await answerRound(practice.core, round, [2, 5, 5, 4]);
    const json = (await invoke(practice.core, 'exports.client', { clientId: trajectory.participants[0]!.clientId })).json;
    const data = JSON.parse(json) as { tables: Record<string, Record<string, unknown>[]> };
    expect(data.tables['feedback360_round']!.map((r) => r['title'])).toContain('360 export');
    const raters = data.tables['feedback360_rater']!.filter((r) => r['round_id'] === round.id);
    expect(raters.map((r) => r['role'])).toEqual(['self', 'peer', 'peer', 'peer']);
    for (const r of raters) expect(r).not.toHaveProperty('label');
    const answers = data.tables['feedback360_answer']!.filter((a) => raters.some((r) => r['id'] === a['rater_id']));
    expect(answers.map((a) => a['rater_id'])).toEqual([round.raters[0]!.id]);
    expect(json).not.toContain('peer-2');
  });

  it('hides a group of four when all others minus it would leave one direct report on their own', async () => {
    const round = await makeRound(practice.core, trajectory.id, noor.id, ['self', 'manager', 'peer', 'peer', 'peer', 'peer', 'direct_report']);
    await answerRound(practice.core, round, [3, 3, 3, 3, 3, 3, 1]);
    await invoke(practice.core, 'feedback360.close', { roundId: round.id });
    const cells = (await invoke(practice.core, 'feedback360.result', { roundId: round.id })).factors[0]!.cells;
    expect(cells.peer).toEqual({ shown: false, count: 4, because: 'protects_other_group' });
    expect(cells.direct_report).toEqual({ shown: false, count: 1, because: 'too_few' });
    expect(cells.all_others).toEqual({ shown: true, score: 2.67, count: 6 });
  });
});
