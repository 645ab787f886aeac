import { localeOf } from '../../i18n/format';

/** A session start, local wall-clock 'YYYY-MM-DDTHH:mm', as a Date in this machine's zone. */
export function startDate(startsAt: string): Date {
  return new Date(startsAt.length === 10 ? `${startsAt}T12:00:00` : `${startsAt}:00`);
}

/** `di 1 dec` (the year only when it is not this year). */
export function formatDay(startsAt: string, language: string): string {
  const date = startDate(startsAt);
  const thisYear = date.getFullYear() === new Date().getFullYear();
  return new Intl.DateTimeFormat(localeOf(language), {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    ...(thisYear ? {} : { year: 'numeric' }),
  }).format(date);
}

/** `dinsdag 1 december 2026`. */
export function formatLongDay(startsAt: string, language: string): string {
  return new Intl.DateTimeFormat(localeOf(language), { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(
    startDate(startsAt),
  );
}

/** `14:00`, 24-hour in both languages. */
export function formatTime(date: Date, language: string): string {
  return new Intl.DateTimeFormat(localeOf(language), { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(date);
}

/** `di 1 dec, 14:00`. */
export function formatDayAndTime(startsAt: string, language: string): string {
  return `${formatDay(startsAt, language)}, ${formatTime(startDate(startsAt), language)}`;
}

/** `14:00–15:00` for a session's start and duration. */
export function formatTimeRange(startsAt: string, durationMinutes: number, language: string): string {
  const start = startDate(startsAt);
  const end = new Date(start.getTime() + durationMinutes * 60_000);
  return `${formatTime(start, language)}–${formatTime(end, language)}`;
}

/** `7,5` in Dutch, `7.5` in English; at most two decimals. */
export function formatNumber(value: number, language: string): string {
  return new Intl.NumberFormat(localeOf(language), { maximumFractionDigits: 2 }).format(value);
}

/** An ISO instant (`updatedAt`) as the local time of day. */
export function formatInstantTime(iso: string, language: string): string {
  return formatTime(new Date(iso), language);
}
