import { describe, expect, it } from 'vitest';
import { formatDay, formatDayAndTime, formatLongDay, formatSessionStart } from '../../renderer/src/i18n/format';

const thisYear = new Date().getFullYear();
// A Friday in this year (so the short form leaves the year out) and one in 2020.
const fridayThisYear = (() => {
  const day = new Date(thisYear, 5, 1, 12);
  while (day.getDay() !== 5) day.setDate(day.getDate() + 1);
  return `${thisYear}-06-${String(day.getDate()).padStart(2, '0')}`;
})();

describe('dates on screen', () => {
  it('are written in Dutch with lower-case weekday and month abbreviations', () => {
    expect(formatDay(`${fridayThisYear}T14:00`, 'nl')).toMatch(/^vr \d{1,2} jun$/);
    expect(formatDayAndTime('2020-12-04T14:30', 'nl')).toBe('vr 4 dec 2020, 14:30');
    expect(formatSessionStart('2020-12-04T14:30', 'nl')).toBe('vr 4 dec 2020, 14:30');
    expect(formatLongDay('2020-12-04', 'nl')).toBe('vrijdag 4 december 2020');
  });

  it('have one English style: no comma after the weekday, with or without a year', () => {
    expect(formatDay(`${fridayThisYear}T14:00`, 'en')).toMatch(/^Fri \d{1,2} Jun$/);
    expect(formatDay('2020-12-04T14:00', 'en')).toBe('Fri 4 Dec 2020');
    expect(formatSessionStart('2020-12-04T14:30', 'en')).toBe('Fri 4 Dec 2020, 14:30');
    expect(formatLongDay('2020-12-04', 'en')).toBe('Friday 4 December 2020');
  });
});
