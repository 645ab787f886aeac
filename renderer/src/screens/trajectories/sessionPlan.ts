import { z } from 'zod';
import type { InputOf } from '../../../../shared/contract';
import { id } from '../../../../shared/contract/fields';
import { sessionKind } from '../../../../shared/contract/workflowFields';
import { seriesFields } from '../planning/seriesForm';
import { sessionTimeFields, startsAtOf } from '../planning/sessionTime';

/** Planning a session: a day, a time, how long, what kind, who comes, and whether it repeats. */
export const sessionPlanSchema = z
  .object({
    ...sessionTimeFields,
    kind: sessionKind,
    attendeeIds: z.array(id).min(1, 'attendees_required'),
    ...seriesFields,
  })
  .strict();

export type SessionPlanValues = z.input<typeof sessionPlanSchema>;

export function toSessionInput(trajectoryId: number, values: SessionPlanValues): InputOf<'sessions.create'> {
  return {
    trajectoryId,
    startsAt: startsAtOf(values),
    durationMinutes: Number(values.durationMinutes),
    kind: values.kind,
    status: 'planned',
    attendeeIds: values.attendeeIds,
  };
}
