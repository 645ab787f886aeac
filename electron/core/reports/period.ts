import type { Period } from '../../../shared/domain/audience';
import { AppError } from '../../../shared/errors';
import type { Db } from '../db/open';
import { getSession } from '../sessions/repository';

/**
 * The report's period from the sessions the practitioner chose: the local date of the first one
 * up to the local date of the last one, both included. An open end runs from the start of the
 * trajectory, or up to `today` (the day the report is made), so a planned session never shows up
 * in a report about what happened.
 */
export function periodOfSessions(
  db: Db,
  trajectoryId: number,
  choice: { fromSessionId?: number | undefined; toSessionId?: number | undefined },
  today: string,
): Period {
  const dayOf = (sessionId: number, field: string) => {
    const session = getSession(db, sessionId, field);
    if (session.trajectoryId !== trajectoryId) {
      throw new AppError('INVALID_INPUT', 'This session belongs to another trajectory.', field, 'not_in_trajectory');
    }
    return session.startsAt.slice(0, 10);
  };
  const from = choice.fromSessionId === undefined ? undefined : dayOf(choice.fromSessionId, 'fromSessionId');
  const to = choice.toSessionId === undefined ? undefined : dayOf(choice.toSessionId, 'toSessionId');
  if (from !== undefined && to !== undefined && from > to) {
    throw new AppError('INVALID_INPUT', 'The period ends before it starts.', 'toSessionId', 'period_reversed');
  }
  return { ...(from === undefined ? {} : { from }), to: to ?? (from !== undefined && from > today ? from : today) };
}
