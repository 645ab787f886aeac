import type { TimeUnit } from '../../../shared/chart';
import type { ReportLanguage } from './content';

/** Dates, numbers and percentages through Intl in the report's language (nl: 27 november 2026, 7,5). */
export interface ReportFormat {
  locale: string;
  /** BCP 47 tag for the PDF catalog's Lang entry. */
  languageTag: string;
  date: (isoDate: string) => string;
  shortDate: (isoDate: string) => string;
  /** The calendar day of an instant in the computer's own time zone (the day the report was made). */
  day: (instant: Date) => string;
  /** "1 februari – 30 juni 2026": Intl drops what both ends share. */
  period: (from: string, to: string) => string;
  /** A chart tick at a UTC instant, as precise as the tick unit needs. */
  tick: (utcMillis: number, unit: TimeUnit) => string;
  number: (value: number) => string;
  /** A limit as it is defined (3,99 stays 3,99): for score bands, where rounding would make them overlap. */
  exact: (value: number) => string;
  percent: (fraction: number) => string;
  list: (items: string[]) => string;
}

const locales: Record<ReportLanguage, string> = { nl: 'nl-NL', en: 'en-GB' };

/** Calendar dates are kept as UTC midnight so no time zone can move them to the day before. */
export function dateToUtc(isoDate: string): number {
  return Date.parse(`${isoDate.slice(0, 10)}T00:00:00Z`);
}

const made = new Map<ReportLanguage, ReportFormat>();

/** The formats of a language, made once per process: an Intl formatter costs more to make than to use. */
export function reportFormat(language: ReportLanguage): ReportFormat {
  let format = made.get(language);
  if (!format) {
    format = makeFormat(language);
    made.set(language, format);
  }
  return format;
}

function makeFormat(language: ReportLanguage): ReportFormat {
  const locale = locales[language];
  const utc = { timeZone: 'UTC' } as const;
  const long = new Intl.DateTimeFormat(locale, { ...utc, day: 'numeric', month: 'long', year: 'numeric' });
  const localDay = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric' });
  const short = new Intl.DateTimeFormat(locale, { ...utc, day: 'numeric', month: 'short', year: 'numeric' });
  const dayMonth = new Intl.DateTimeFormat(locale, { ...utc, day: 'numeric', month: 'short' });
  const monthYear = new Intl.DateTimeFormat(locale, { ...utc, month: 'short', year: 'numeric' });
  const year = new Intl.DateTimeFormat(locale, { ...utc, year: 'numeric' });
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const exact = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const list = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
  return {
    locale,
    languageTag: locale,
    date: (iso) => long.format(dateToUtc(iso)),
    shortDate: (iso) => short.format(dateToUtc(iso)),
    day: (instant) => localDay.format(instant),
    period: (from, to) => long.formatRange(dateToUtc(from), dateToUtc(to)),
    tick: (t, unit) => {
      if (unit === 'year') return year.format(t);
      if (unit === 'month') return monthYear.format(t);
      return dayMonth.format(t);
    },
    number: (value) => number.format(value),
    exact: (value) => exact.format(value),
    percent: (fraction) => percent.format(fraction),
    list: (items) => list.format(items),
  };
}
