import { localeOf } from '../../i18n/format';

/** A session start, local wall-clock 'YYYY-MM-DDTHH:mm', on this machine's clock. */
function sessionDate(startsAt: string): Date {
  return new Date(startsAt.length === 10 ? `${startsAt}T12:00:00` : `${startsAt}:00`);
}

/** `di 1 dec 2026, 10:00`: a period can span the turn of a year, so the year is always there. */
export function formatSessionStart(startsAt: string, language: string): string {
  return new Intl.DateTimeFormat(localeOf(language), {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(sessionDate(startsAt));
}

/** `1 dec 2026`, for a period in the list of earlier reports. */
export function formatSessionDay(startsAt: string, language: string): string {
  return new Intl.DateTimeFormat(localeOf(language), { day: 'numeric', month: 'short', year: 'numeric' }).format(sessionDate(startsAt));
}

/** When a report was made (an ISO instant): `27 nov 2026, 14:05`, on this machine's clock. */
export function formatMoment(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(localeOf(language), {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(date);
}
