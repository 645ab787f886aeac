import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InputOf, Participant, Trajectory } from '../../shared/contract';
import { invoke, openPractice, type TestPractice } from '../support/factories';
import { reportStrings } from '../../electron/core/reports/strings';
import { extractPages, flat, lastContentLines, makeTempDir, pdfInfo, removeTempDirs, savePdf } from './pdfTools';

let practice: TestPractice;
let long: Trajectory;
let james: Participant;
let dir: string;

beforeAll(async () => {
  practice = await openPractice();
  await invoke(practice.core, 'demo.seed', { long: true });
  const list = await invoke(practice.core, 'trajectories.list', {});
  long = list.items.find((t) => t.title.includes('verzwegen krediet'))!;
  james = long.participants.find((p) => p.firstName === 'James')!;
  dir = makeTempDir();
}, 60_000);
afterAll(() => {
  practice.close();
  removeTempDirs();
});

type Request = Omit<InputOf<'reports.preview'>, 'trajectoryId'>;

/** The report as a reader gets it: the file, its pages as text. */
async function report(name: string, request: Request, language: 'nl' | 'en' = request.language ?? 'nl') {
  const { pdfBase64 } = await invoke(practice.core, 'reports.preview', { trajectoryId: long.id, ...request });
  const file = savePdf(dir, name, Buffer.from(pdfBase64, 'base64'));
  const pages = extractPages(file);
  expectNoHeadingAtPageEnd(pages, language);
  return { file, pages, text: flat(pages.join(' ')), pageCount: Number(pdfInfo(file)['Pages']) };
}

/** A heading, a goal's title with its line of facts, or a caption never closes a page: its first content follows on the same page. */
function expectNoHeadingAtPageEnd(pages: string[], language: 'nl' | 'en') {
  const t = reportStrings(language);
  const headings = new Set<string>([
    ...Object.values(t.sections),
    t.summary.goals,
    t.agreements.perPerson,
    t.agreements.openOnes,
    t.agreements.recentlyReviewed,
    t.closing.remark,
    t.closing.nextSteps,
    t.chartAlternative,
    t.perMonth,
    t.questionnaires.interpretation,
  ]);
  lastContentLines(pages, 'Praktijk De Brug').forEach((line, i) => {
    expect(headings.has(line), `page ${i + 1} ends with "${line}"`).toBe(false);
    expect(line, `page ${i + 1} ends with a goal's facts`).not.toMatch(/· (schaal|scale) \d/);
  });
  // A goal's or questionnaire's line of facts opening a page would mean its title stayed behind.
  pages.slice(1).forEach((page, i) => {
    const first = page.split('\n').find((line) => line.trim() !== '') ?? '';
    expect(first, `page ${i + 2} opens with facts without their title`).not.toMatch(/· (schaal|scale) \d/);
  });
}

const count = (text: string, word: string) => text.split(word).length - 1;

describe('the long demo', () => {
  it('adds a couple with 100 held sessions over two years, with ratings, agreements and questionnaires', async () => {
    const sessions = await invoke(practice.core, 'sessions.list', { trajectoryId: long.id, status: 'held', limit: 200 });
    expect(sessions.total).toBe(100);
    const days = sessions.items.map((s) => Date.parse(s.startsAt.slice(0, 10)));
    expect((Math.max(...days) - Math.min(...days)) / 86_400_000).toBeGreaterThan(700);
    const agreements = await invoke(practice.core, 'agreements.list', { trajectoryId: long.id });
    expect(agreements.length).toBeGreaterThan(120);
    const goals = await invoke(practice.core, 'goals.list', { trajectoryId: long.id });
    expect(goals).toHaveLength(3);
  });
});

describe('a concise report of 100 sessions', () => {
  it('covers the recent months by default and leaves the earlier sessions to the full report', async () => {
    const { text, pageCount } = await report('default', { audience: { kind: 'joint' } });
    expect(pageCount).toBeLessThanOrEqual(12);
    expect(text).toMatch(/De \d+ eerdere sessies staan in het volledige rapport/);
    expect(count(text, 'Gezamenlijke sessie') + count(text, 'Individuele sessie')).toBeLessThanOrEqual(6);
    const options = await invoke(practice.core, 'reports.options', { trajectoryId: long.id });
    const recent = options.sessions.findIndex((s) => s.id === options.recentFromSessionId);
    expect(recent).toBeGreaterThan(60);
  });

  it('fits the whole trajectory in at most 12 pages: changes per person, charts per month, agreements counted per person', async () => {
    const first = (await invoke(practice.core, 'reports.options', { trajectoryId: long.id })).sessions[0]!;
    const { text, pageCount } = await report('whole', { audience: { kind: 'joint' }, fromSessionId: first.id });
    expect(pageCount).toBeLessThanOrEqual(12);
    expect(text).toMatch(/Noor Bakker van \d+ naar \d+/);
    expect(text).toContain('Per maand het gemiddelde van de scores in die maand');
    expect(text).toMatch(/Per persoon Voor wie Gemaakt Besproken Nakomingspercentage Noor Bakker \d+ \d+ \d+%/);
    expect(text).toMatch(/\d+ eerdere afspraken staan hier niet/);
    // The repair plan in its own section: acknowledgement, status, actions counted, the goals that follow it; never what happened.
    expect(text).toMatch(/Herstelplan Een herstelplan is gemaakt .* Herstel na het verzwegen krediet Erkend op \d+ \w+ 20\d\d · Bezig \d+ herstelacties in deze periode\. Nagekomen: \d+\./);
    expect(text).toContain('Doelen waarmee we het herstel volgen Open zijn over geld Afspraken nakomen');
    expect(text).not.toMatch(/PRIVÉ|brief van de bank/);
    // Score bands with their exact limits, so they do not seem to overlap.
    expect(text).toContain('0–3,99 Weinig vertrouwen 4–6,99 Wankel vertrouwen 7–10 Stevig vertrouwen');
  });

  it('explains a screener’s score in plain words in the respondent’s own report', async () => {
    const noor = long.participants.find((p) => p.firstName === 'Noor')!;
    const { text } = await report('noor', { audience: { kind: 'participant', participantId: noor.id } });
    expect(text).toContain('De PHQ-9 is een korte vragenlijst over somberheid in de twee weken ervoor. Hoe lager de score, hoe minder klachten. De score is geen diagnose.');
  });

  it('prints the template headings of a summary only where something is written under them', async () => {
    const { text } = await report('headings', { audience: { kind: 'joint' } });
    expect(text).toContain('Besproken We bespraken');
    expect(text).not.toMatch(/Inzichten (Vervolgstappen|\d{1,2} \w+ 20\d\d|$)/);
    expect(text).not.toMatch(/Vervolgstappen (\d{1,2} \w{3} 20\d\d|Vragenlijsten)/);
  });

  it('keeps every session and every agreement when "volledig" is chosen', async () => {
    const first = (await invoke(practice.core, 'reports.options', { trajectoryId: long.id })).sessions[0]!;
    const { text, pageCount } = await report('full', { audience: { kind: 'joint' }, fromSessionId: first.id, full: true });
    expect(pageCount).toBeGreaterThan(12);
    expect(count(text, 'Gezamenlijke sessie')).toBeGreaterThanOrEqual(90);
    expect(text).not.toContain('eerdere afspraken staan hier niet');
  });

  it('gives James his own report in his own language, English, within 12 pages; the couple shares none, so theirs is in the practice’s', async () => {
    const options = await invoke(practice.core, 'reports.options', { trajectoryId: long.id });
    expect(options.audiences.map((a) => a.language)).toEqual(['nl', 'nl', 'en']);
    const { text, pageCount } = await report('james-en', { audience: { kind: 'participant', participantId: james.id } }, 'en');
    expect(pageCount).toBeLessThanOrEqual(12);
    expect(text).toContain('Progress report');
    expect(text).toMatch(/James Whitfield from \d+ to \d+/);
  });
});
