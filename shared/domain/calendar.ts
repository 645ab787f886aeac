/**
 * Local calendar arithmetic on 'YYYY-MM-DD' strings. Days are counted in UTC so that daylight
 * saving never shifts a date; a wall-clock instant becomes a local date only in localDate().
 */
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The local date of an instant in this machine's time zone. */
export function localDate(instant: Date): string {
  return `${pad(instant.getFullYear(), 4)}-${pad(instant.getMonth() + 1)}-${pad(instant.getDate())}`;
}

/** The local date-time 'YYYY-MM-DDTHH:mm' of an instant, comparable with session starts. */
export function localDateTime(instant: Date): string {
  return `${localDate(instant)}T${pad(instant.getHours())}:${pad(instant.getMinutes())}`;
}

function toUtc(date: string): Date {
  return new Date(`${date.slice(0, 10)}T00:00:00Z`);
}

export function addDays(date: string, days: number): string {
  const d = toUtc(date);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Calendar months later on the same day, or the month's last day when it has no such day (31 January + 1 = 28/29 February). */
export function addMonths(date: string, months: number): string {
  const d = toUtc(date);
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, lastDay));
  return d.toISOString().slice(0, 10);
}

/** Years later on the same day (29 February becomes 28 February in other years). */
export function addYears(date: string, years: number): string {
  return addMonths(date, years * 12);
}

/** The Monday on or before a date: in the Netherlands the week starts on Monday. */
export function mondayOf(date: string): string {
  const weekday = toUtc(date).getUTCDay(); // 0 = Sunday
  return addDays(date, -((weekday + 6) % 7));
}

/** True for a real calendar date or date-time (rejects 2026-02-30, 25:00). */
export function isRealLocalDateTime(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/.exec(value);
  if (!m) return false;
  const [, y, mo, d, h = '00', mi = '00'] = m;
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  return (
    date.getUTCFullYear() === Number(y) &&
    date.getUTCMonth() === Number(mo) - 1 &&
    date.getUTCDate() === Number(d) &&
    Number(h) < 24 &&
    Number(mi) < 60
  );
}

/** A local date-time 'YYYY-MM-DDTHH:mm' some minutes later (wall-clock arithmetic: no time zone involved). */
export function addMinutes(dateTime: string, minutes: number): string {
  const d = new Date(`${dateTime}:00Z`);
  d.setUTCMinutes(d.getUTCMinutes() + minutes);
  return d.toISOString().slice(0, 16);
}

/** Wall-clock minutes from one local date-time to another. */
export function minutesBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}:00Z`) - Date.parse(`${from}:00Z`)) / 60_000);
}

/** 1 = Monday … 7 = Sunday, as the week is counted in the Netherlands. */
export function isoWeekday(date: string): number {
  return ((toUtc(date).getUTCDay() + 6) % 7) + 1;
}
