import { z } from 'zod';
import { localDate } from '../../../../shared/contract/workflowFields';

const timePattern = /^([01]?\d|2[0-3])[:.]([0-5]\d)$/;

/** '9:30' or '14.30' as 'HH:mm'; null when it is no time of day. */
export function normaliseTime(text: string): string | null {
  const match = timePattern.exec(text.trim());
  return match ? `${match[1]!.padStart(2, '0')}:${match[2]}` : null;
}

/** A day, a start time and a length, as typed in a form; the same checks as planning a session. */
export const sessionTimeFields = {
  date: z.string().superRefine((text, ctx) => {
    if (text === '') ctx.addIssue({ code: 'custom', message: 'required' });
    else if (!localDate.safeParse(text).success) ctx.addIssue({ code: 'custom', message: 'date' });
  }),
  time: z.string().superRefine((text, ctx) => {
    if (text.trim() === '') ctx.addIssue({ code: 'custom', message: 'required' });
    else if (normaliseTime(text) === null) ctx.addIssue({ code: 'custom', message: 'time' });
  }),
  durationMinutes: z.string().regex(/^\d+$/, 'whole_number'),
};

export function startsAtOf(values: { date: string; time: string }): string {
  return `${values.date}T${normaliseTime(values.time)}`;
}

/** The lengths offered, with the session's own length among them when it is an unusual one. */
export function durationChoices(current?: number): number[] {
  const usual = [30, 45, 50, 60, 75, 90, 120];
  return current === undefined || usual.includes(current) ? usual : [...usual, current].sort((a, b) => a - b);
}
