import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportContent } from '../../electron/core/reports/content';
import { renderReport } from '../../electron/core/reports/render';
import { makeLongReportContent, makeReportContent } from './fixtures';
import { extractPages, flat, makeTempDir, runTool, savePdf, removeTempDirs } from './pdfTools';

afterAll(removeTempDirs);

let dir: string;

beforeAll(() => {
  dir = makeTempDir();
});

function sessionsOnly(content: ReportContent, summary: string): ReportContent {
  const [first] = content.sections.sessions!;
  return { ...content, sections: { sessions: [{ ...first!, summary }] } };
}

describe('a trajectory of 100 sessions', () => {
  let pages: string[];
  let file: string;

  beforeAll(async () => {
    file = savePdf(dir, 'long', await renderReport(makeLongReportContent(100)));
    pages = extractPages(file);
  });

  it('renders into a valid PDF with every session in the timeline', () => {
    expect(runTool('qpdf', ['--check', file]).status).toBe(0);
    const text = flat(pages.join('\n'));
    for (const n of [1, 50, 100]) expect(text).toContain(`Sessie ${n}: we bespraken`);
  });

  it('numbers all pages with the right total', () => {
    expect(pages.length).toBeGreaterThan(10);
    pages.forEach((page, i) => expect(page).toContain(`pagina ${i + 1} van ${pages.length}`));
  });

  it('repeats the table header on every page the session table runs over', () => {
    const timeline = pages.filter((page) => /Sessie \d+: we bespraken/.test(page));
    expect(timeline.length).toBeGreaterThan(2);
    for (const page of timeline) expect(page).toContain('Datum Sessie Samenvatting');
  });

  it('never puts a running header on the cover', () => {
    expect(pages[0]).not.toContain('Voortgangsrapport · ');
    expect(pages[1]).toContain('Voortgangsrapport · Sanne de Vries en Ömer Yılmaz');
  });
});

describe('long text', () => {
  it('wraps a summary longer than a page onto the next pages without losing a word', async () => {
    const words = Array.from({ length: 1400 }, (_, i) => `woord${i + 1}`);
    const pdf = await renderReport(sessionsOnly(makeReportContent('nl'), words.join(' ')));
    const pages = extractPages(savePdf(dir, 'long-summary', pdf));
    expect(pages.length).toBeGreaterThan(2);
    const found = flat(pages.join(' ')).match(/woord\d+/g) ?? [];
    expect(found).toEqual(words);
  });

  it('breaks an unbroken string wider than a page instead of running off it', async () => {
    const blob = 'x'.repeat(12_000);
    const pdf = await renderReport(sessionsOnly(makeReportContent('nl'), blob));
    const text = extractPages(savePdf(dir, 'blob', pdf)).join('').replace(/[^x]/g, '');
    expect(text.length).toBe(12_000);
  });

  it('keeps paragraphs of the closing remark as they were written', async () => {
    const content = makeReportContent('nl');
    const remark = 'Eerste alinea.\n\nTweede alinea met ideeën.';
    const pdf = await renderReport({ ...content, sections: { closing: { remark, nextSteps: [] } } });
    const text = extractPages(savePdf(dir, 'paragraphs', pdf)).join('\n');
    expect(text).toMatch(/Eerste alinea\.\n+Tweede alinea met ideeën\./);
  });
});

describe('sparse content', () => {
  it('renders a report of only a cover', async () => {
    const content = makeReportContent('nl');
    const pdf = await renderReport({ ...content, sections: { cover: true } });
    const pages = extractPages(savePdf(dir, 'cover-only', pdf));
    expect(pages).toHaveLength(1);
    expect(pages[0]).toContain('pagina 1 van 1');
  });

  it('says so when a goal has no ratings yet, and leaves out a section with nothing in it', async () => {
    const content = makeReportContent('nl');
    const goals = content.sections.goals!.map((g) => ({ ...g, series: [] }));
    const empty = { items: [], leftOut: 0, byOwner: [], keptRate: { rate: null, reviewed: 0, points: [] } };
    const pdf = await renderReport({ ...content, sections: { goals, agreements: empty, sessions: [], questionnaires: [] } });
    const text = flat(extractPages(savePdf(dir, 'empty', pdf)).join(' '));
    expect(text).toContain('Nog geen scores in deze periode.');
    // No heading over nothing: not for agreements, sessions or questionnaires, and so the report ends with the goals.
    expect(text).not.toMatch(/Afspraken(?! over geld)/);
    expect(text).not.toContain('Datum Sessie Samenvatting');
    expect(text).not.toContain('Vragenlijsten');
  });

  it('works without logo, registrations or contact details', async () => {
    const content = makeReportContent('nl');
    const practice = { ...content.practice, logo: undefined, registrations: {}, email: '', phone: '', website: '', address: '', reportFooter: '' };
    const pdf = await renderReport({ ...content, practice });
    const pages = extractPages(savePdf(dir, 'bare', pdf));
    expect(pages[0]).toContain('Vertrouwelijk · Sanne de Vries en Ömer Yılmaz');
  });

  it('refuses a logo that is not an image with a clear error', async () => {
    const content = makeReportContent('nl');
    const practice = { ...content.practice, logo: { data: new Uint8Array([1, 2, 3, 4]), format: 'png' as const } };
    await expect(renderReport({ ...content, practice })).rejects.toMatchObject({ code: 'INVALID_INPUT', field: 'practice.logo' });
  });
});
