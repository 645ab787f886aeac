import type { SessionWorkspace } from '../../../shared/contract';
import type { Language } from '../../../shared/contract/fields';
import { agreementsOf } from '../agreements/repository';
import { canSee, sessionAudience } from '../audience/policy';
import type { Db } from '../db/open';
import { ratingsOfSession, toRating } from '../goals/ratings';
import { goalsOf } from '../goals/repository';
import { getNotes } from '../notes/repository';
import { noteTemplate } from '../notes/templates';
import { participantsOf } from '../trajectories/participants';
import { trajectoryRow } from '../trajectories/repository';
import { getSession, sessionsOfTrajectory } from './repository';

/**
 * Everything the in-session screen needs. The screen may be seen by whoever is in the room, so
 * agreements from earlier sessions are those the people present may see (canSee).
 */
export function sessionWorkspace(db: Db, id: number, language: Language): SessionWorkspace {
  const session = getSession(db, id);
  const trajectory = trajectoryRow(db, session.trajectoryId);
  const audience = sessionAudience(session.individualFor);
  const sessions = new Map(sessionsOfTrajectory(db, trajectory.id).map((s) => [s.id, s]));
  const agreements = agreementsOf(db, trajectory.id);
  const agreementsToReview = agreements.filter((a) => {
    const made = sessions.get(a.madeInSessionId)!;
    if (made.startsAt >= session.startsAt || (a.review !== null && a.review.sessionId !== session.id)) return false;
    return canSee(audience, { kind: 'agreement', owner: a.owner, madeInIndividualFor: made.individualFor });
  });
  const ratings = ratingsOfSession(db, id);
  const notes = getNotes(db, id);
  return {
    session,
    trajectory: { id: trajectory.id, kind: trajectory.kind, title: trajectory.title, status: trajectory.status },
    attendees: participantsOf(db, [trajectory.id]).filter((p) => session.attendeeIds.includes(p.id)),
    audience,
    agreementsToReview,
    agreementsMade: agreements.filter((a) => a.madeInSessionId === id),
    goals: goalsOf(db, trajectory.id)
      .filter((goal) => goal.status === 'active' || ratings.some((r) => r.goal_id === goal.id))
      .map((goal) => ({ goal, ratings: ratings.filter((r) => r.goal_id === goal.id).map(toRating) })),
    notes,
    template: noteTemplate(notes.templateKey, language),
  };
}
