import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportContentFor, type ReportRequest } from '../../electron/core/reports/assemble';
import { renderReport } from '../../electron/core/reports/render';
import type { Participant, Trajectory } from '../../shared/contract';
import type { Audience } from '../../shared/domain/audience';
import { invoke, makeAgreement, makeGoal, makeQuestionnaireResponse, makeSession, makeTrajectory, openPractice, type TestPractice } from '../support/factories';
import { extractText, flat, makeTempDir, savePdf, removeTempDirs } from './pdfTools';

afterAll(removeTempDirs);

// Private fields hold canaries; a report for an audience must never print one meant for others.
const PRIVATE = /CANARY-PRIVATE/;

let practice: TestPractice;
let couple: Trajectory;
let anna: Participant;
let bram: Participant;
let dir: string;

const allSections = { cover: true, summary: true, goals: true, agreements: true, sessions: true, questionnaires: true, closing: true };

function request(audience: Audience, fields: Partial<ReportRequest> = {}): ReportRequest {
  return {
    trajectoryId: couple.id,
    audience,
    language: 'nl',
    createdAt: practice.clock.now(),
    full: true,
    sections: allSections,
    closing: { remark: 'Jullie hebben hard gewerkt.', nextSteps: ['Over een maand een check-in.'] },
    ...fields,
  };
}

async function reportText(audience: Audience, fields: Partial<ReportRequest> = {}): Promise<string> {
  const content = reportContentFor(practice.core.vault.db(), request(audience, fields));
  const pdf = await renderReport(content);
  return flat(extractText(savePdf(dir, `${audience.kind}-${'participantId' in audience ? audience.participantId : 'all'}`, pdf)));
}

beforeAll(async () => {
  dir = makeTempDir();
  practice = await openPractice();
  const { core } = practice;
  await invoke(core, 'practice.update', {
    name: 'Praktijk Samenspel',
    practitionerName: 'Marloes IJzerman',
    practitionerTitle: 'Relatietherapeut',
    registrations: { big: '49012345625' },
    reportFooter: 'Praktijk Samenspel · vertrouwelijk',
  });
  couple = await makeTrajectory(core, { kind: 'couple', title: 'Anna en Bram' });
  [anna, bram] = couple.participants as [Participant, Participant];
  const joint1 = await makeSession(core, couple, { startsAt: '2026-03-02T10:00' });
  const annaAlone = await makeSession(core, couple, { startsAt: '2026-03-09T10:00', attendeeIds: [anna.id] });
  const bramAlone = await makeSession(core, couple, { startsAt: '2026-03-10T10:00', attendeeIds: [bram.id] });
  const joint2 = await makeSession(core, couple, { startsAt: '2026-03-16T10:00' });

  const notes = (id: number, summary: string, privateNotes: string) => invoke(core, 'sessions.saveNotes', { id, summary, privateNotes });
  await notes(joint1.id, 'JOINT-SUMMARY ideeën', 'CANARY-PRIVATE-J1');
  await notes(annaAlone.id, 'ANNA-ONLY-SUMMARY', 'CANARY-PRIVATE-ANNA');
  await notes(bramAlone.id, 'BRAM-ONLY-SUMMARY', 'CANARY-PRIVATE-BRAM');
  await notes(joint2.id, 'JOINT-2-SUMMARY', 'CANARY-PRIVATE-J2');

  const goal = await makeGoal(core, couple, { title: 'Open praten over geld', baseline: 3, target: 8 });
  const rate = (sessionId: number, participantId: number, value: number) => invoke(core, 'goals.rate', { goalId: goal.id, sessionId, participantId, value, note: '' });
  await rate(joint1.id, anna.id, 4);
  await rate(joint1.id, bram.id, 6);
  await rate(annaAlone.id, anna.id, 3.5);
  await rate(bramAlone.id, bram.id, 7.5);

  const kept = await makeAgreement(core, joint1, { text: 'JOINT-AGREEMENT elke zondag', owner: { kind: 'all' } });
  await makeAgreement(core, annaAlone, { text: 'ANNA-ONLY-AGREEMENT', owner: { kind: 'participant', participantId: anna.id } });
  await makeAgreement(core, bramAlone, { text: 'BRAM-ONLY-AGREEMENT', owner: { kind: 'participant', participantId: bram.id } });
  await invoke(core, 'agreements.review', { id: kept.id, sessionId: joint2.id, outcome: 'partly_kept', note: 'Twee van de drie keer.' });

  await invoke(core, 'repairPlans.create', {
    trajectoryId: couple.id,
    title: 'Herstel na de ontdekking',
    whatHappened: 'CANARY-PRIVATE-REPAIR-DESCRIPTION',
    acknowledgedOn: '2026-03-02',
    agreementIds: [kept.id],
    goalIds: [goal.id],
  });

  await makeQuestionnaireResponse(core, joint1, anna.id, { value: 2 });
  await makeQuestionnaireResponse(core, joint1, bram.id, { value: 3 });
  await makeQuestionnaireResponse(core, annaAlone, anna.id, { value: 1 });
});
afterAll(() => practice.close());

describe('a report built from the audience view', () => {
  it('for the couple shows the joint sessions, agreements and ratings and nothing private or individual', async () => {
    const text = await reportText({ kind: 'joint' });
    expect(text).not.toMatch(PRIVATE);
    expect(text).not.toMatch(/ANNA-ONLY|BRAM-ONLY/);
    expect(text).toContain('JOINT-SUMMARY ideeën');
    expect(text).toContain('JOINT-2-SUMMARY');
    expect(text).toContain('JOINT-AGREEMENT elke zondag');
    expect(text).toContain('Deels nagekomen');
    expect(text).toContain('Twee van de drie keer.');
    expect(text).toContain('herstelactie');
    expect(text).toContain('50% van 1 besproken afspraak nagekomen');
  });

  it('for one partner adds their own individual session and never the other partner’s', async () => {
    const text = await reportText({ kind: 'participant', participantId: anna.id });
    expect(text).not.toMatch(PRIVATE);
    expect(text).not.toMatch(/BRAM-ONLY/);
    expect(text).toContain('ANNA-ONLY-SUMMARY');
    expect(text).toContain('ANNA-ONLY-AGREEMENT');
    // Each person's change over the period stands under the goal: only Anna's.
    expect(text).toContain(`${anna.displayName} van 4 naar 3,5`);
    expect(text).not.toMatch(new RegExp(`${bram.displayName} van \\d`));
    expect(text).toContain(`VOOR ${anna.displayName}`);
  });

  it('names the audience on the cover and the practitioner from the practice profile', async () => {
    const content = reportContentFor(practice.core.vault.db(), request({ kind: 'participant', participantId: bram.id }));
    expect(content.audienceLabel).toBe(bram.displayName);
    expect(content.practice.practitionerName).toBe('Marloes IJzerman');
    const joint = reportContentFor(practice.core.vault.db(), request({ kind: 'joint' }));
    expect(joint.audienceLabel).toBe(`${anna.displayName} en ${bram.displayName}`);
  });

  it('shows a partner only their own questionnaire scores', async () => {
    const content = reportContentFor(practice.core.vault.db(), request({ kind: 'participant', participantId: bram.id }));
    const respondents = content.sections.questionnaires!.flatMap((q) => q.series.map((s) => s.respondent));
    expect(respondents).toEqual([bram.displayName]);
    const joint = reportContentFor(practice.core.vault.db(), request({ kind: 'joint' }));
    // Anna's answers in her individual session stay out of the joint report.
    expect(joint.sections.questionnaires!.flatMap((q) => q.series.map((s) => [s.respondent, s.scores.length]))).toEqual([
      [anna.displayName, 1],
      [bram.displayName, 1],
    ]);
  });

  it('keeps to the chosen period', async () => {
    const content = reportContentFor(practice.core.vault.db(), request({ kind: 'joint' }, { period: { from: '2026-03-10', to: '2026-03-31' } }));
    expect(content.period).toEqual({ from: '2026-03-10', to: '2026-03-31' });
    expect(content.sections.sessions!.map((s) => s.date)).toEqual(['2026-03-16']);
  });

  it('leaves out the sections that were not chosen', async () => {
    const content = reportContentFor(
      practice.core.vault.db(),
      request({ kind: 'joint' }, { sections: { ...allSections, agreements: false, questionnaires: false, closing: false } }),
    );
    expect(Object.keys(content.sections).sort()).toEqual(['cover', 'goals', 'repairPlans', 'sessions', 'summary']);
  });

  it('renders in English from the same view', async () => {
    const text = await reportText({ kind: 'joint' }, { language: 'en' });
    expect(text).toContain('Progress report');
    expect(text).toContain('Partly kept');
    expect(text).not.toMatch(PRIVATE);
  });
});
