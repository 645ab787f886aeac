import type { Language } from './index';

const locales: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };

export function localeOf(language: string): string {
  return language === 'en' ? locales.en : locales.nl;
}

/** `27 november 2026` in Dutch, `27 November 2026` in English. */
export function formatDate(iso: string, language: string): string {
  const date = new Date(iso.length === 10 ? `${iso}T12:00:00` : iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(localeOf(language), { day: 'numeric', month: 'long', year: 'numeric' }).format(date);
}

/** `vrijdag 27 november 2026`, for the dashboard. */
export function formatLongDate(date: Date, language: string): string {
  return new Intl.DateTimeFormat(localeOf(language), {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(date);
}
