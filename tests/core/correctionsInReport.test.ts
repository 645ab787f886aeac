import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Agreement, Session, Trajectory } from '../../shared/contract';
import { extractText, flat, makeTempDir, removeTempDirs, savePdf } from '../report/pdfTools';
import { fixedClock, invoke, makeAgreement, makeSession, makeTrajectory, openPractice, type TestPractice } from '../support/factories';

// Wednesday 25 November 2026, 10:00 local time. The report reads only the audience view: a correction must reach the PDF.
let practice: TestPractice;
let couple: Trajectory;
let first: Session;
let second: Session;
let wrongDate: Agreement;
let typo: Agreement;
let mistake: Agreement;
let dir: string;

beforeAll(async () => {
  practice = await openPractice(fixedClock(new Date(2026, 10, 25, 10, 0)));
  dir = makeTempDir();
  const { core } = practice;
  await invoke(core, 'practice.update', { language: 'nl' });
  couple = await makeTrajectory(core, { kind: 'couple', title: 'Sanne en Daan' });
  first = await makeSession(core, couple, { startsAt: '2026-11-04T10:00' });
  second = await makeSession(core, couple, { startsAt: '2026-11-18T10:00' });
  wrongDate = await makeAgreement(core, first, { text: 'Samen de post openen', due: { kind: 'date', date: '2026-12-31' } });
  typo = await makeAgreement(core, first, { text: 'Elke zondag samen wandlen' });
  mistake = await makeAgreement(core, second, { text: 'Per ongeluk ingevoerd' });
  await invoke(core, 'agreements.review', { id: typo.id, sessionId: second.id, outcome: 'kept' });
});
afterAll(() => {
  practice.close();
  removeTempDirs();
});

async function reportText(name: string): Promise<string> {
  const preview = await invoke(practice.core, 'reports.preview', { trajectoryId: couple.id, audience: { kind: 'joint' }, full: true });
  return flat(extractText(savePdf(dir, name, Buffer.from(preview.pdfBase64, 'base64'))));
}

describe('corrections reach the progress report', () => {
  it('shows the corrected due date, the amended wording and no removed agreement', async () => {
    const { core } = practice;
    const before = await reportText('before');
    expect(before).toContain('Per ongeluk ingevoerd');
    expect(before).toContain('wandlen');

    await invoke(core, 'agreements.update', { id: wrongDate.id, due: { kind: 'date', date: '2026-12-04' } });
    await invoke(core, 'agreements.update', { id: typo.id, text: 'Elke zondag samen wandelen', reason: 'Tikfout' });
    await invoke(core, 'agreements.remove', { id: mistake.id });

    const after = await reportText('after');
    expect(after).toContain('Elke zondag samen wandelen');
    expect(after).not.toContain('wandlen');
    expect(after).not.toContain('Per ongeluk ingevoerd');
    expect(after).toContain('Samen de post openen Beide partners 4 nov 2026 4 dec 2026 Nog te bespreken');
    expect(after).not.toContain('31 dec 2026');
  });
});
