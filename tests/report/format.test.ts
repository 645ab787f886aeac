import { describe, expect, it } from 'vitest';
import { reportFormat } from '../../electron/core/reports/format';

describe('report formats', () => {
  it('writes Dutch dates in full and decimals with a comma', () => {
    const nl = reportFormat('nl');
    expect(nl.date('2026-11-27')).toBe('27 november 2026');
    expect(nl.number(7.5)).toBe('7,5');
    expect(nl.percent(0.78)).toBe('78%');
    expect(nl.list(['Sanne', 'Ömer'])).toBe('Sanne en Ömer');
  });

  it('writes British English dates and decimals with a point', () => {
    const en = reportFormat('en');
    expect(en.date('2026-11-27')).toBe('27 November 2026');
    expect(en.number(7.5)).toBe('7.5');
    expect(en.period('2026-01-12', '2026-06-22')).toMatch(/^12 January\s–\s22 June 2026$/);
  });

  it('never moves a calendar date to the day before, whatever the time zone', () => {
    expect(reportFormat('nl').date('2026-01-01')).toBe('1 januari 2026');
  });
});
