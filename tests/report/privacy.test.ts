import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Participant, Trajectory } from '../../shared/contract';
import type { ReportExported } from '../../shared/contract/reports';
import type { Audience } from '../../shared/domain/audience';
import { invoke, makeAgreement, makeGoal, makeSession, makeTrajectory, openPractice, type TestPractice } from '../support/factories';
import { extractText, makeTempDir, removeTempDirs, runTool, savePdf } from './pdfTools';

afterAll(removeTempDirs);

/**
 * The core demand: a report never prints a private note, and a partner's report never
 * prints the other partner's individual items. Every field below holds its own canary; canaries
 * are letters and digits only, so no line break can split one and hide it from the search.
 */
const canary = (name: string) => `ZQ${name}QZ`;

/** Never in any report, for anyone. */
const privateCanaries = [
  'PRIVNOTEJOINT1',
  'PRIVNOTEJOINT2',
  'PRIVNOTEBEFOREAMENDMENT',
  'PRIVNOTEINDIVA',
  'PRIVNOTEINDIVB',
  'PRIVREPAIRWHATHAPPENED',
  'RATINGNOTEAJOINT',
  'RATINGNOTEAINDIV',
  'RATINGNOTEBJOINT',
  'RATINGNOTEBINDIV',
  'SUMMARYBEFOREAMENDMENT',
].map(canary);

/** Shareable, and meant for everyone who reads a report of this couple. */
const sharedCanaries = [
  'TRAJECTORYTITLE',
  'JOINTSUMMARY1',
  'JOINTSUMMARY2',
  'JOINTAGREEMENT',
  'JOINTREVIEWNOTE',
  'GOALTITLE',
  'GOALDESCRIPTION',
  'REPORTINTRO',
  'CLOSINGREMARK',
  'NEXTSTEP',
].map(canary);

/** What belongs to one partner: their individual session and agreement. */
const individualOf = { A: ['INDIVSUMMARYA', 'INDIVAGREEMENTA'].map(canary), B: ['INDIVSUMMARYB', 'INDIVAGREEMENTB'].map(canary) };
/** Agreements owned by one partner, made in a joint session: the couple and that partner see them, the other partner's own report does not. */
const ownedBy = { A: [canary('AOWNEDJOINTAGREEMENT')], B: [canary('BOWNEDJOINTAGREEMENT')] };

let practice: TestPractice;
let couple: Trajectory;
let partnerA: Participant;
let partnerB: Participant;
let dir: string;
const exported: { audience: string; language: string; value: ReportExported; bytes: Buffer; file: string }[] = [];

/** Text as a reader copies it, without any whitespace: a canary wrapped over two lines is still found. */
const compact = (text: string) => text.replace(/\s+/g, '');

async function exportReport(audience: Audience, language: 'nl' | 'en', password?: string) {
  const value = await invoke(practice.core, 'reports.export', {
    trajectoryId: couple.id,
    audience,
    language,
    intro: `Inleiding ${canary('REPORTINTRO')}`,
    closingRemark: `Slotwoord ${canary('CLOSINGREMARK')}`,
    nextSteps: [`Stap ${canary('NEXTSTEP')}`],
    ...(password === undefined ? {} : { password }),
  });
  const bytes = Buffer.from(value.pdfBase64!, 'base64');
  const name = audience.kind === 'joint' ? 'joint' : audience.participantId === partnerA.id ? 'A' : 'B';
  const file = savePdf(dir, `${name}-${language}${password ? '-locked' : ''}`, bytes);
  exported.push({ audience: name, language, value, bytes, file });
  return { value, bytes, file };
}

beforeAll(async () => {
  dir = makeTempDir();
  practice = await openPractice();
  const { core } = practice;
  couple = await makeTrajectory(core, { kind: 'couple', title: `Samen verder ${canary('TRAJECTORYTITLE')}` });
  [partnerA, partnerB] = couple.participants as [Participant, Participant];

  const joint1 = await makeSession(core, couple, { startsAt: '2026-09-07T10:00' });
  const aAlone = await makeSession(core, couple, { startsAt: '2026-09-14T10:00', attendeeIds: [partnerA.id] });
  const bAlone = await makeSession(core, couple, { startsAt: '2026-09-15T10:00', attendeeIds: [partnerB.id] });
  const joint2 = await makeSession(core, couple, { startsAt: '2026-09-21T10:00' });

  const notes = (id: number, summary: string, privateNotes: string) => invoke(core, 'sessions.saveNotes', { id, summary, privateNotes });
  await notes(joint1.id, `Samen ${canary('JOINTSUMMARY1')}`, `Privé ${canary('PRIVNOTEJOINT1')}`);
  await notes(aAlone.id, `Alleen A ${canary('INDIVSUMMARYA')}`, `Privé ${canary('PRIVNOTEINDIVA')}`);
  await notes(bAlone.id, `Alleen B ${canary('INDIVSUMMARYB')}`, `Privé ${canary('PRIVNOTEINDIVB')}`);
  // The second joint session was finalised and then amended: only the current summary is shareable.
  await notes(joint2.id, `Eerst ${canary('SUMMARYBEFOREAMENDMENT')}`, `Eerst ${canary('PRIVNOTEBEFOREAMENDMENT')}`);
  await invoke(core, 'sessions.finalise', { id: joint2.id });
  await invoke(core, 'sessions.amend', {
    id: joint2.id,
    summary: `Samen ${canary('JOINTSUMMARY2')}`,
    privateNotes: `Privé ${canary('PRIVNOTEJOINT2')}`,
    reason: 'Verbeterd',
  });

  const goal = await makeGoal(core, couple, {
    title: `Doel ${canary('GOALTITLE')}`,
    description: `Uitleg ${canary('GOALDESCRIPTION')}`,
    baseline: 3,
    target: 8,
  });
  const rate = (sessionId: number, participantId: number, value: number, note: string) =>
    invoke(core, 'goals.rate', { goalId: goal.id, sessionId, participantId, value, note });
  await rate(joint1.id, partnerA.id, 4, canary('RATINGNOTEAJOINT'));
  await rate(joint1.id, partnerB.id, 5, canary('RATINGNOTEBJOINT'));
  await rate(aAlone.id, partnerA.id, 4.5, canary('RATINGNOTEAINDIV'));
  await rate(bAlone.id, partnerB.id, 6.5, canary('RATINGNOTEBINDIV'));

  const joint = await makeAgreement(core, joint1, { text: `Samen ${canary('JOINTAGREEMENT')}`, owner: { kind: 'all' } });
  await makeAgreement(core, joint1, { text: `A belooft ${canary('AOWNEDJOINTAGREEMENT')}`, owner: { kind: 'participant', participantId: partnerA.id } });
  await makeAgreement(core, joint1, { text: `B belooft ${canary('BOWNEDJOINTAGREEMENT')}`, owner: { kind: 'participant', participantId: partnerB.id } });
  await makeAgreement(core, aAlone, { text: `A alleen ${canary('INDIVAGREEMENTA')}`, owner: { kind: 'participant', participantId: partnerA.id } });
  await makeAgreement(core, bAlone, { text: `B alleen ${canary('INDIVAGREEMENTB')}`, owner: { kind: 'participant', participantId: partnerB.id } });
  await invoke(core, 'agreements.review', { id: joint.id, sessionId: joint2.id, outcome: 'kept', note: `Gelukt ${canary('JOINTREVIEWNOTE')}` });

  await invoke(core, 'repairPlans.create', {
    trajectoryId: couple.id,
    title: 'Herstelplan',
    whatHappened: `Wat er gebeurde ${canary('PRIVREPAIRWHATHAPPENED')}`,
    acknowledgedOn: '2026-09-07',
    agreementIds: [joint.id],
    goalIds: [goal.id],
  });
});
afterAll(() => practice.close());

describe.each(['nl', 'en'] as const)('a %s report exported through dispatch', (language) => {
  const audiences = () =>
    [
      { name: 'the couple together', audience: { kind: 'joint' } as Audience, own: [] as string[], others: [...individualOf.A, ...individualOf.B], owned: [...ownedBy.A, ...ownedBy.B], notOwned: [] as string[] },
      { name: 'partner A', audience: { kind: 'participant', participantId: partnerA.id } as Audience, own: individualOf.A, others: individualOf.B, owned: ownedBy.A, notOwned: ownedBy.B },
      { name: 'partner B', audience: { kind: 'participant', participantId: partnerB.id } as Audience, own: individualOf.B, others: individualOf.A, owned: ownedBy.B, notOwned: ownedBy.A },
    ] as const;

  it.each(['the couple together', 'partner A', 'partner B'])('for %s prints no private note, nothing of the other partner and all it should', async (name) => {
    const reader = audiences().find((a) => a.name === name)!;
    const { file } = await exportReport(reader.audience, language);
    const text = compact(extractText(file));

    for (const secret of privateCanaries) expect(text, `${reader.name}: ${secret}`).not.toContain(secret);
    for (const other of [...reader.others, ...reader.notOwned]) expect(text, `${reader.name}: ${other}`).not.toContain(other);
    for (const expected of [...sharedCanaries, ...reader.own, ...reader.owned]) expect(text, `${reader.name}: ${expected}`).toContain(expected);
    expect(runTool('qpdf', ['--check', file]).status).toBe(0);
  });
});

describe('a password-protected export', () => {
  const password = 'Zoë’s wachtwoord 2026';
  let file: string;

  beforeAll(async () => {
    ({ file } = await exportReport({ kind: 'participant', participantId: partnerA.id }, 'nl', password));
  });

  it('cannot be read without the password', () => {
    const result = runTool('pdftotext', [file, '-']);
    expect(result.status).not.toBe(0);
    expect(result.stdout).not.toContain(canary('INDIVSUMMARYA'));
  });

  it('reads with the password, still without anything private', () => {
    const text = compact(extractText(file, password));
    expect(text).toContain(canary('INDIVSUMMARYA'));
    for (const secret of [...privateCanaries, ...individualOf.B]) expect(text).not.toContain(secret);
  });

  it('passes qpdf --check', () => {
    expect(runTool('qpdf', ['--check', `--password=${password}`, file]).status).toBe(0);
  });

  it('keeps neither the password nor the PDF in the vault', () => {
    const pages = practice.core.vault.db().serialize();
    // The pages are decrypted: what is stored would be found.
    expect(pages.includes(Buffer.from(canary('JOINTSUMMARY1'), 'utf8'))).toBe(true);
    expect(pages.includes(Buffer.from(password, 'utf8'))).toBe(false);
    expect(pages.includes(Buffer.from('%PDF-', 'latin1'))).toBe(false);
  });
});

describe('the export record', () => {
  it('lists every export, newest first, with the SHA-256 and size of the exact bytes', async () => {
    const list = await invoke(practice.core, 'reports.list', { trajectoryId: couple.id });
    expect(list).toHaveLength(exported.length);
    expect(list.map((r) => r.id)).toEqual([...exported].map((e) => e.value.id).sort((a, b) => b - a));
    for (const e of exported) {
      const record = list.find((r) => r.id === e.value.id)!;
      expect(record.sha256).toBe(createHash('sha256').update(e.bytes).digest('hex'));
      expect(record.sizeBytes).toBe(e.bytes.length);
      expect(record.language).toBe(e.language);
      expect(record).not.toHaveProperty('pdfBase64');
    }
  });

  it('says for whom each report was and whether it had a password', async () => {
    const list = await invoke(practice.core, 'reports.list', { trajectoryId: couple.id });
    const locked = list.filter((r) => r.passwordProtected);
    expect(locked).toHaveLength(1);
    expect(locked[0]).toMatchObject({ audience: { kind: 'participant', participantId: partnerA.id }, audienceLabel: partnerA.displayName });
    const joint = list.find((r) => r.audience.kind === 'joint' && r.language === 'nl')!;
    expect(joint.audienceLabel).toBe(`${partnerA.displayName} en ${partnerB.displayName}`);
    expect(joint.sections).toEqual(['cover', 'summary', 'goals', 'agreements', 'repairPlans', 'sessions', 'questionnaires', 'closing']);
  });
});
