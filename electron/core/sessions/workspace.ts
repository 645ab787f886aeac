import { selfReportsOf } from '../forms/importAnswers';
import type { AgreementSelfReport, PreviousRating, Session, SessionWorkspace } from '../../../shared/contract';
import type { Audience } from '../../../shared/domain/audience';
import type { Language } from '../../../shared/contract/fields';
import { agreementsOf } from '../agreements/repository';
import { canSee, sessionAudience } from '../audience/policy';
import type { Db } from '../db/open';
import { ratingsOfSession, ratingsOfTrajectory, toRating, type RatingRow } from '../goals/ratings';
import { goalsOf } from '../goals/repository';
import { getNotes } from '../notes/repository';
import { noteTemplate } from '../notes/templates';
import { participantsOf } from '../trajectories/participants';
import { trajectoryRow } from '../trajectories/repository';
import { getSession, sessionsOfTrajectory } from './repository';

/** Sessions in the order they happened: by start, then by id for two at the same time. */
function earlier(a: Pick<Session, 'startsAt' | 'id'>, b: Pick<Session, 'startsAt' | 'id'>): boolean {
  return a.startsAt < b.startsAt || (a.startsAt === b.startsAt && a.id < b.id);
}

/**
 * Per goal, each attendee's latest rating before this session from a session the people in the room may
 * see (canSee): in a joint session never a rating from someone's individual session.
 */
function previousRatings(
  rows: readonly RatingRow[],
  session: Session,
  sessions: ReadonlyMap<number, Session>,
  audience: Audience,
): Map<number, PreviousRating[]> {
  const latest = new Map<string, PreviousRating & { goalId: number }>();
  for (const row of rows) {
    if (!session.attendeeIds.includes(row.participant_id)) continue;
    const rated = sessions.get(row.session_id);
    if (!rated || !earlier(rated, session)) continue;
    if (!canSee(audience, { kind: 'rating', participantId: row.participant_id, sessionIndividualFor: rated.individualFor })) continue;
    const key = `${row.goal_id}:${row.participant_id}`;
    const known = latest.get(key);
    if (known && !earlier({ startsAt: known.startsAt, id: known.sessionId }, rated)) continue;
    latest.set(key, { goalId: row.goal_id, participantId: row.participant_id, value: row.value, sessionId: rated.id, startsAt: rated.startsAt });
  }
  const byGoal = new Map<number, PreviousRating[]>();
  for (const { goalId, ...previous } of latest.values()) byGoal.set(goalId, [...(byGoal.get(goalId) ?? []), previous]);
  for (const list of byGoal.values()) list.sort((a, b) => a.participantId - b.participantId);
  return byGoal;
}

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
  const toReview = new Set(agreementsToReview.map((a) => a.id));
  const selfReports = newestPerAgreement(selfReportsOf(db, trajectory.id).filter((r) => toReview.has(r.agreementId)));
  const ratings = ratingsOfSession(db, id);
  const previous = previousRatings(ratingsOfTrajectory(db, trajectory.id), session, sessions, audience);
  const notes = getNotes(db, id);
  return {
    session,
    trajectory: { id: trajectory.id, kind: trajectory.kind, title: trajectory.title, status: trajectory.status },
    attendees: participantsOf(db, [trajectory.id]).filter((p) => session.attendeeIds.includes(p.id)),
    audience,
    agreementsToReview,
    selfReports,
    agreementsMade: agreements.filter((a) => a.madeInSessionId === id),
    goals: goalsOf(db, trajectory.id)
      .filter((goal) => goal.status === 'active' || ratings.some((r) => r.goal_id === goal.id))
      .map((goal) => ({
        goal,
        ratings: ratings.filter((r) => r.goal_id === goal.id).map(toRating),
        previous: previous.get(goal.id) ?? [],
      })),
    notes,
    template: noteTemplate(notes.templateKey, language),
  };
}

/** Self-reports come newest first: keep the first of each agreement. */
function newestPerAgreement(reports: AgreementSelfReport[]): AgreementSelfReport[] {
  const seen = new Set<number>();
  return reports.filter((r) => !seen.has(r.agreementId) && seen.add(r.agreementId));
}
