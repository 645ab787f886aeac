import { describe, expect, it } from 'vitest';
import { reportFileName, safeFileName } from '../../electron/core/reports/safeFileName';

describe('safe file names', () => {
  it('keeps a readable Dutch name with its diacritics', () => {
    expect(safeFileName('Voortgangsrapport Zoë en Ömer Yılmaz 2026-06-24', '.pdf')).toBe('Voortgangsrapport Zoë en Ömer Yılmaz 2026-06-24.pdf');
  });

  it('turns path separators and characters Windows forbids into dashes', () => {
    const name = safeFileName('../../etc/passwd: "A" <B> | C? *\\D', '.pdf');
    expect(name).not.toMatch(/[/\\:*?"<>|]/);
    expect(name.startsWith('.')).toBe(false);
    expect(name.endsWith('.pdf')).toBe(true);
  });

  it('removes control and invisible direction characters', () => {
    expect(safeFileName('Sanne\u0000\u0007 de\u202e Vries\n', '.pdf')).toBe('Sanne de Vries.pdf');
  });

  it('prefixes Windows device names, also with an extension or in other case', () => {
    for (const reserved of ['CON', 'prn', 'Aux', 'NUL', 'COM1', 'lpt9', 'con.backup']) {
      const name = safeFileName(reserved, '.pdf');
      expect(name.startsWith('_'), name).toBe(true);
    }
    expect(safeFileName('Console', '.pdf')).toBe('Console.pdf');
  });

  it('stays within 100 characters and never cuts a letter in half', () => {
    const name = safeFileName('Ö'.repeat(80) + 'e\u0301'.repeat(40), '.pdf');
    expect(name.length).toBeLessThanOrEqual(100);
    expect(name.endsWith('.pdf')).toBe(true);
    expect(name.normalize('NFC')).toBe(name);
  });

  it('never ends in a dot or space, which Windows drops silently', () => {
    expect(safeFileName('Rapport. . ', '')).toBe('Rapport');
  });

  it('falls back to a plain name when nothing usable is left', () => {
    expect(safeFileName('///', '.pdf')).toBe('rapport.pdf');
    expect(safeFileName('', '.pdf')).toBe('rapport.pdf');
  });
});

describe('report file names', () => {
  it('name the report, its audience and the end of the period, in the report language', () => {
    const period = { from: '2026-01-12', to: '2026-06-22' };
    expect(reportFileName({ language: 'nl', audienceLabel: 'Sanne de Vries en Ömer Yılmaz', period })).toBe(
      'Voortgangsrapport Sanne de Vries en Ömer Yılmaz 2026-06-22.pdf',
    );
    expect(reportFileName({ language: 'en', audienceLabel: 'A/B', period })).toBe('Progress report A-B 2026-06-22.pdf');
  });
});
