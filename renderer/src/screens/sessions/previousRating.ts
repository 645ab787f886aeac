import type { GoalWithSeries, RatingPoint, Session } from '../../../../shared/contract';
import type { Audience } from '../../../../shared/domain/audience';

/** Sessions in the order they happened: by start, then by id for two at the same time. */
function before(a: Pick<Session, 'startsAt' | 'id'>, b: Pick<Session, 'startsAt' | 'id'>): boolean {
  return a.startsAt < b.startsAt || (a.startsAt === b.startsAt && a.id < b.id);
}

/**
 * A participant's latest rating of a goal before this session, taken only from sessions the people in
 * the room may see: in a joint session, never a rating from someone's individual session.
 */
export function previousRating(
  goal: Pick<GoalWithSeries, 'series'> | undefined,
  participantId: number,
  session: Pick<Session, 'startsAt' | 'id'>,
  sessions: readonly Pick<Session, 'id' | 'individualFor'>[],
  audience: Audience,
): RatingPoint | null {
  const series = goal?.series.find((s) => s.participantId === participantId);
  if (!series) return null;
  const visible = (sessionId: number) => {
    const individualFor = sessions.find((s) => s.id === sessionId)?.individualFor;
    if (individualFor === undefined) return false;
    return individualFor === null || (audience.kind === 'participant' && audience.participantId === individualFor);
  };
  let latest: RatingPoint | null = null;
  for (const point of series.points) {
    if (point.sessionId === session.id || !before({ startsAt: point.startsAt, id: point.sessionId }, session)) continue;
    if (!visible(point.sessionId)) continue;
    if (!latest || before({ startsAt: latest.startsAt, id: latest.sessionId }, { startsAt: point.startsAt, id: point.sessionId })) {
      latest = point;
    }
  }
  return latest;
}
