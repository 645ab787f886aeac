import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadReportFonts } from '../../electron/core/reports/fonts';
import { findUnprintable, printable, UNPRINTABLE_MARK } from '../../electron/core/reports/printable';
import { renderReport } from '../../electron/core/reports/render';
import { makeReportContent } from './fixtures';
import { extractText, flat, makeTempDir, savePdf, removeTempDirs } from './pdfTools';

afterAll(removeTempDirs);

const { coverage } = loadReportFonts();
const wideLatin = 'Zoë en Anaïs dronken café-crème in Ĳmuiden voor € 12,50 — ’s avonds met Łukasz uit Győr';

describe('the report fonts', () => {
  it('cover Dutch and wider Latin, Greek and Cyrillic', () => {
    for (const ch of 'ëïéĳĲ€’‘“”„–—ŁłőŐűçñßøåæœ' + 'ΑΩαω' + 'ЖЯжя') {
      expect(coverage.has(ch.codePointAt(0)!), ch).toBe(true);
    }
  });

  it('do not cover Chinese, Arabic or emoji', () => {
    for (const ch of ['王', 'م', '😊', '❤']) expect(coverage.has(ch.codePointAt(0)!), ch).toBe(false);
  });
});

describe('printable text', () => {
  it('leaves Dutch and wider Latin text exactly as written', () => {
    expect(printable(wideLatin, coverage)).toBe(wideLatin);
  });

  it('replaces an emoji, even one made of several code points, by one visible mark', () => {
    expect(printable('Goed gesprek 😊', coverage)).toBe(`Goed gesprek ${UNPRINTABLE_MARK}`);
    expect(printable('Gezin 👨‍👩‍👧 samen', coverage)).toBe(`Gezin ${UNPRINTABLE_MARK} samen`);
    expect(printable('Dank ❤️', coverage)).toBe(`Dank ${UNPRINTABLE_MARK}`);
  });

  it('replaces a run of characters in another script by one mark and keeps the spaces around it', () => {
    expect(printable('Naam: 王芳 (moeder)', coverage)).toBe(`Naam: ${UNPRINTABLE_MARK} (moeder)`);
    expect(printable('مرحبا en שלום', coverage)).toBe(`${UNPRINTABLE_MARK} en ${UNPRINTABLE_MARK}`);
  });

  it('composes decomposed letters so they print as one glyph', () => {
    expect(printable('Zoe\u0308', coverage)).toBe('Zoë');
  });

  it('drops control characters and bidi overrides but keeps line breaks', () => {
    expect(printable('regel 1\r\nregel\u0007 2\u202e', coverage)).toBe('regel 1\nregel 2');
  });

  it('lists the characters it would replace, so the practitioner can be warned before export', () => {
    expect(findUnprintable('Fijn 😊 en 王芳, en Zoë', coverage)).toEqual(['😊', '王', '芳']);
  });
});

describe('a report with text the fonts cannot draw', () => {
  let text: string;

  beforeAll(async () => {
    const content = makeReportContent('nl');
    const sessions = content.sections.sessions!.map((s, i) =>
      i === 1 ? { ...s, summary: `${wideLatin}. Goed gesprek 😊 met oma 王芳.` } : s,
    );
    const pdf = await renderReport({ ...content, audienceLabel: 'Zoë 😊 en Łukasz', sections: { ...content.sections, sessions } });
    text = flat(extractText(savePdf(makeTempDir(), 'unprintable', pdf)));
  });

  it('copies out Dutch and wider Latin letters unchanged', () => {
    expect(text).toContain(wideLatin);
  });

  it('shows a visible [?] where emoji and Chinese were, instead of boxes or wrong letters', () => {
    expect(text).toContain(`Goed gesprek ${UNPRINTABLE_MARK} met oma ${UNPRINTABLE_MARK}.`);
    expect(text).toContain(`Zoë ${UNPRINTABLE_MARK} en Łukasz`);
    expect(text).not.toMatch(/[\uFFFD\u25A1😊王芳]/u);
  });
});
