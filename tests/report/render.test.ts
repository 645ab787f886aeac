import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportSession } from '../../electron/core/reports/content';
import { renderReport } from '../../electron/core/reports/render';
import { makeReportContent } from './fixtures';
import { extractPages, extractText, flat, makeTempDir, savePdf, removeTempDirs } from './pdfTools';

afterAll(removeTempDirs);

let dir: string;
let dutch: string;
let english: string;

beforeAll(async () => {
  dir = makeTempDir();
  dutch = extractText(savePdf(dir, 'nl', await renderReport(makeReportContent('nl'))));
  english = extractText(savePdf(dir, 'en', await renderReport(makeReportContent('en'))));
});

describe('a Dutch progress report', () => {
  it('speaks the glossary’s words', () => {
    for (const word of ['Voortgangsrapport', 'Vertrouwensdoelen', 'Beginmeting', 'Streefwaarde', 'Afspraken', 'Nagekomen', 'Deels nagekomen', 'Niet nagekomen', 'Bijgesteld', 'Vervallen', 'Nakomingspercentage', 'Samenvatting', 'Vervolgstappen']) {
      expect(dutch).toContain(word);
    }
  });

  it('says that partly kept agreements count for half', () => {
    expect(flat(dutch)).toContain('Een afspraak die deels is nagekomen, telt voor de helft.');
  });

  it('writes dates the Dutch way and decimals with a comma', () => {
    expect(dutch).toContain('24 juni 2026');
    expect(dutch).toContain('12 januari – 22 juni 2026');
    expect(dutch).toContain('7,5');
    expect(dutch).not.toMatch(/\b7\.5\b/);
  });

  it('shows the kept rate over the reviewed agreements, leaving renegotiated and dropped ones out', () => {
    // 6 kept + 2 partly kept (half each) + 1 not kept = 7 of 9.
    expect(flat(dutch)).toContain('78% van de 9 besproken afspraken nagekomen');
  });

  it('numbers every page as "pagina X van Y"', () => {
    const pages = extractPages(`${dir}/nl.pdf`);
    pages.forEach((page, i) => expect(page).toContain(`pagina ${i + 1} van ${pages.length}`));
  });

  it('puts the practice, the practitioner and the registrations on the cover', () => {
    const cover = extractPages(`${dir}/nl.pdf`)[0]!;
    for (const text of ['Praktijk Samenspel', 'Marloes IJzerman', 'BIG 49012345625', 'KvK 81234567', 'praktijk@samenspel.nl', 'Sanne de Vries en Ömer Yılmaz']) {
      expect(cover).toContain(text);
    }
  });

  it('keeps Dutch and wider Latin letters intact when copied out of the PDF', () => {
    for (const text of ['Ömer Yılmaz', 'Ideeën', 'vóór 1 juli', '’s avonds', '€ 50', 'Győr', 'IJzerman']) {
      expect(flat(dutch)).toContain(text);
    }
  });

  it('shows joint and individual sessions without an individual session’s summary', () => {
    expect(flat(dutch)).toContain('Individuele sessie met Sanne de Vries');
    expect(flat(dutch)).toContain('Geen samenvatting vastgelegd.');
    expect(dutch).toContain('Afgezegd');
  });

  it('gives the numbers behind every chart as text', () => {
    expect(dutch.match(/De cijfers in de grafiek/g)?.length).toBe(4);
  });
});

describe('an English progress report', () => {
  it('uses the English words, dates and decimal point', () => {
    for (const word of ['Progress report', 'Trust goals', 'Baseline', 'Target', 'Follow-through rate', 'Partly kept', 'Next steps', 'Summary']) {
      expect(english).toContain(word);
    }
    expect(english).toContain('24 June 2026');
    expect(english).toContain('7.5');
    expect(flat(english)).toContain('An agreement that was partly kept counts for half.');
  });

  it('numbers every page as "page X of Y"', () => {
    const pages = extractPages(`${dir}/en.pdf`);
    pages.forEach((page, i) => expect(page).toContain(`page ${i + 1} of ${pages.length}`));
  });
});

describe('what the report is built from', () => {
  it('prints nothing that is not a field of the report content, even if a caller passes more', async () => {
    const content = makeReportContent('nl');
    const leaky = content.sections.sessions!.map((s) => ({ ...s, privateNotes: 'GEHEIM-privénotitie' }) as ReportSession);
    const pdf = await renderReport({ ...content, sections: { ...content.sections, sessions: leaky } });
    expect(extractText(savePdf(dir, 'leaky', pdf))).not.toContain('GEHEIM');
  });

  it('leaves out every section that was not chosen', async () => {
    const content = makeReportContent('nl');
    const pdf = await renderReport({ ...content, sections: { summary: content.sections.summary! } });
    const text = extractText(savePdf(dir, 'summary-only', pdf));
    expect(text).toContain('Samenvatting van het traject');
    expect(text).not.toContain('Nakomingspercentage');
    expect(text).not.toContain('Datum Sessie Samenvatting');
    expect(text).not.toContain('Vervolgstappen');
  });

  it('opens with a title block instead of a cover when the cover is left out', async () => {
    const content = makeReportContent('nl');
    const pdf = await renderReport({ ...content, sections: { ...content.sections, cover: false } });
    const first = extractPages(savePdf(dir, 'no-cover', pdf))[0]!;
    expect(first).toContain('Voortgangsrapport');
    expect(first).toContain('Samenvatting van het traject');
  });

  it('renders a report for one partner with only that partner’s ratings', async () => {
    const content = makeReportContent('nl');
    const goals = content.sections.goals!.map((g) => ({ ...g, series: g.series.filter((s) => s.participant === 'Sanne de Vries') }));
    const pdf = await renderReport({ ...content, audienceLabel: 'Sanne de Vries', sections: { ...content.sections, goals, questionnaires: undefined } });
    const text = extractText(savePdf(dir, 'sanne', pdf));
    // Each person's change over the period stands under the goal: only Sanne's.
    expect(flat(text)).toMatch(/Sanne de Vries van \d+ naar \d+/);
    expect(flat(text)).not.toMatch(/Ömer Yılmaz van \d/);
  });
});
