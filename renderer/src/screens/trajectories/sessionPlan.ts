import { z } from 'zod';
import type { InputOf } from '../../../../shared/contract';
import { id } from '../../../../shared/contract/fields';
import { localDate, sessionKind } from '../../../../shared/contract/workflowFields';

const timePattern = /^([01]?\d|2[0-3])[:.]([0-5]\d)$/;

/** '9:30' or '14.30' as 'HH:mm'; null when it is no time of day. */
export function normaliseTime(text: string): string | null {
  const match = timePattern.exec(text.trim());
  return match ? `${match[1]!.padStart(2, '0')}:${match[2]}` : null;
}

export const durations = [30, 45, 50, 60, 75, 90, 120] as const;

/** Planning a session: a day, a time, how long, what kind, and who comes. */
export const sessionPlanSchema = z
  .object({
    date: z.string().superRefine((text, ctx) => {
      if (text === '') ctx.addIssue({ code: 'custom', message: 'required' });
      else if (!localDate.safeParse(text).success) ctx.addIssue({ code: 'custom', message: 'date' });
    }),
    time: z.string().superRefine((text, ctx) => {
      if (text.trim() === '') ctx.addIssue({ code: 'custom', message: 'required' });
      else if (normaliseTime(text) === null) ctx.addIssue({ code: 'custom', message: 'time' });
    }),
    durationMinutes: z.string().regex(/^\d+$/, 'whole_number'),
    kind: sessionKind,
    attendeeIds: z.array(id).min(1, 'attendees_required'),
  })
  .strict();

export type SessionPlanValues = z.input<typeof sessionPlanSchema>;

export function toSessionInput(trajectoryId: number, values: SessionPlanValues): InputOf<'sessions.create'> {
  return {
    trajectoryId,
    startsAt: `${values.date}T${normaliseTime(values.time)}`,
    durationMinutes: Number(values.durationMinutes),
    kind: values.kind,
    status: 'planned',
    attendeeIds: values.attendeeIds,
  };
}
