import type { Language } from './index';
import { dateTimeFormat, numberFormat } from './formatters';

// Dates, times and numbers as people write them in the chosen language: `di 1 dec`, 24-hour, decimal comma.

const locales: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };

export function localeOf(language: string): string {
  return language === 'en' ? locales.en : locales.nl;
}

/** A local wall-clock 'YYYY-MM-DD' or 'YYYY-MM-DDTHH:mm' (a session start) as a Date on this machine's clock. */
function wallClock(local: string): Date {
  return new Date(local.length === 10 ? `${local}T12:00:00` : `${local}:00`);
}

/**
 * One date style per language: British English puts a comma after the weekday only when a year
 * follows ("Fri, 4 Dec 2026" but "Fri 4 Dec"); we never do, like the Dutch "vr 4 dec 2026".
 */
const dateTime = (language: string, options: Intl.DateTimeFormatOptions) => {
  const format = dateTimeFormat(localeOf(language), options);
  if (!options.weekday) return format;
  return {
    format: (date: Date) =>
      format
        .formatToParts(date)
        .map((part, i, parts) => (part.type === 'literal' && parts[i - 1]?.type === 'weekday' ? part.value.replace(',', '') : part.value))
        .join(''),
  };
};

/** `27 november 2026` in Dutch, `27 November 2026` in English. */
export function formatDate(iso: string, language: string): string {
  const date = new Date(iso.length === 10 ? `${iso}T12:00:00` : iso);
  if (Number.isNaN(date.getTime())) return iso;
  return dateTime(language, { day: 'numeric', month: 'long', year: 'numeric' }).format(date);
}

/** `vrijdag 27 november 2026`, for the dashboard. */
export function formatLongDate(date: Date, language: string): string {
  return dateTime(language, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(date);
}

/** `dinsdag 1 december 2026`, for a local day or session start. */
export function formatLongDay(local: string, language: string): string {
  return formatLongDate(wallClock(local), language);
}

/** `di 1 dec`, with the year only when it is not this year. */
export function formatDay(local: string, language: string): string {
  const date = wallClock(local);
  const thisYear = date.getFullYear() === new Date().getFullYear();
  return dateTime(language, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    ...(thisYear ? {} : { year: 'numeric' }),
  }).format(date);
}

/** `14:00`: 24-hour in both languages. */
export function formatTime(date: Date, language: string): string {
  return dateTime(language, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(date);
}

/** An ISO instant (`updatedAt`) as the local time of day. */
export function formatInstantTime(iso: string, language: string): string {
  return formatTime(new Date(iso), language);
}

/** `di 1 dec, 14:00`. */
export function formatDayAndTime(startsAt: string, language: string): string {
  return `${formatDay(startsAt, language)}, ${formatTime(wallClock(startsAt), language)}`;
}

/** `14:00–15:00` from a start and a duration. */
export function formatTimeRange(startsAt: string, durationMinutes: number, language: string): string {
  const start = wallClock(startsAt);
  const end = new Date(start.getTime() + durationMinutes * 60_000);
  return `${formatTime(start, language)}–${formatTime(end, language)}`;
}

/** `di 1 dec 2026, 10:00`: a report's period can span the turn of a year, so the year is always there. */
export function formatSessionStart(startsAt: string, language: string): string {
  return dateTime(language, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(wallClock(startsAt));
}

/** `1 dec 2026`, for a period in the list of earlier reports. */
export function formatSessionDay(startsAt: string, language: string): string {
  return dateTime(language, { day: 'numeric', month: 'short', year: 'numeric' }).format(wallClock(startsAt));
}

/** When something was made (an ISO instant): `27 nov 2026, 14:05`, on this machine's clock. */
export function formatMoment(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return dateTime(language, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(date);
}

/** `7,5` in Dutch, `7.5` in English; at most two decimals. */
export function formatNumber(value: number, language: string): string {
  return numberFormat(localeOf(language), { maximumFractionDigits: 2 }).format(value);
}
