import type { TimeUnit } from '../../../shared/chart';
import { localeOf } from '../i18n/format';
import { dateTimeFormat, numberFormat } from '../i18n/formatters';

/**
 * A session's local start ('YYYY-MM-DD' or 'YYYY-MM-DDTHH:mm') as an x value: the wall-clock
 * time read as UTC milliseconds, so that calendar ticks fall on the practitioner's own days.
 */
export function chartTime(local: string): number {
  const [date = '', time = '00:00'] = local.split('T');
  const [y, m, d] = date.split('-').map(Number);
  const [h, min] = time.split(':').map(Number);
  return Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1, h ?? 0, min ?? 0);
}

/** A tick on the time axis: `1 dec` for days and weeks, `jan 2027` for months, `2027` for years. */
export function formatTimeTick(value: number, unit: TimeUnit | 'number' | 'index', language: string): string {
  const locale = localeOf(language);
  const date = new Date(value);
  switch (unit) {
    case 'month': {
      const withYear = date.getUTCMonth() === 0;
      return dateTimeFormat(locale, { month: 'short', year: withYear ? 'numeric' : undefined, timeZone: 'UTC' }).format(date);
    }
    case 'year':
      return dateTimeFormat(locale, { year: 'numeric', timeZone: 'UTC' }).format(date);
    case 'day':
    case 'week':
    case 'number':
    case 'index':
      return dateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(date);
  }
}

/** A row of the chart's table: `di 1 dec 2026`. */
export function formatChartDate(value: number, language: string): string {
  return dateTimeFormat(localeOf(language), {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(value));
}

/** A value as people write it in this language: `7,5` in Dutch; at most `digits` decimals. */
export function formatChartNumber(value: number, language: string, digits = 1): string {
  return numberFormat(localeOf(language), { maximumFractionDigits: digits }).format(value);
}
