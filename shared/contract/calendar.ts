import { z } from 'zod';
import type { DashboardSession } from './dashboard';
import { method } from './define';
import { localDate } from './workflowFields';

/** One session in the calendar's day or week view. */
export interface CalendarEntry extends DashboardSession {
  seriesId: number | null;
}

export interface CalendarFile {
  /** The RFC 5545 text, lines ending in CRLF. */
  ics: string;
  events: number;
  fileName: string;
}

/** The calendar shows at most about two months at once. */
export const maxCalendarDays = 62;

const range = z
  .object({ from: localDate, to: localDate })
  .strict()
  .refine((r) => r.from <= r.to, { message: 'period_reversed', path: ['to'] })
  .refine((r) => Date.parse(r.to) - Date.parse(r.from) < maxCalendarDays * 86_400_000, { message: 'period_too_long', path: ['to'] });

export const calendarMethods = {
  'calendar.entries': method<{ entries: CalendarEntry[] }>()(
    range,
    'Every session from one local date to another (both included, at most 62 days), in time order, with its trajectory and attendees.',
  ),
  'calendar.export': method<CalendarFile>()(
    z
      .object({
        /** Default: today. */
        from: localDate.optional(),
        to: localDate.optional(),
        /** Names and trajectory titles in the event titles: calendars sync to other people's servers. */
        withNames: z.boolean().default(false),
      })
      .strict()
      .refine((r) => !r.from || !r.to || r.from <= r.to, { message: 'period_reversed', path: ['to'] }),
    'Planned sessions as an .ics calendar file (RFC 5545) with one stable UID per session; neutral titles unless withNames.',
  ),
};
