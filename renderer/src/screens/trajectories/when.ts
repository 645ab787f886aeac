import { localDate, localDateTime } from '../../../../shared/domain/calendar';
import { localeOf } from '../../i18n/format';

/** A local 'YYYY-MM-DD' or 'YYYY-MM-DDTHH:mm' as a Date on this machine's clock. */
export function startDate(local: string): Date {
  return new Date(local.length === 10 ? `${local}T12:00:00` : `${local}:00`);
}

/** `di 1 dec`, with the year only when it is not this year. */
export function formatDay(local: string, language: string): string {
  const date = startDate(local);
  const thisYear = date.getFullYear() === new Date().getFullYear();
  return new Intl.DateTimeFormat(localeOf(language), {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    ...(thisYear ? {} : { year: 'numeric' }),
  }).format(date);
}

/** `14:00`: 24-hour in both languages. */
export function formatTime(date: Date, language: string): string {
  return new Intl.DateTimeFormat(localeOf(language), { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(date);
}

/** `di 1 dec, 14:00`. */
export function formatDayAndTime(startsAt: string, language: string): string {
  return `${formatDay(startsAt, language)}, ${formatTime(startDate(startsAt), language)}`;
}

/** `14:00–15:00` from a start and a duration. */
export function formatTimeRange(startsAt: string, durationMinutes: number, language: string): string {
  const start = startDate(startsAt);
  const end = new Date(start.getTime() + durationMinutes * 60_000);
  return `${formatTime(start, language)}–${formatTime(end, language)}`;
}

/** `7,5` in Dutch, `7.5` in English. */
export function formatNumber(value: number, language: string): string {
  return new Intl.NumberFormat(localeOf(language), { maximumFractionDigits: 2 }).format(value);
}

export function today(): string {
  return localDate(new Date());
}

export function now(): string {
  return localDateTime(new Date());
}
