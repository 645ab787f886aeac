import type { Agreement, AudienceView, Session } from '../../../shared/contract';
import type { Audience, Period } from '../../../shared/domain/audience';
import { AppError } from '../../../shared/errors';
import { reviewFacts } from '../agreements/facts';
import { keptRateOverview } from '../agreements/keptRate';
import { agreementsOf } from '../agreements/repository';
import type { Db } from '../db/open';
import { ratingsOfTrajectory, withSeries } from '../goals/ratings';
import { goalsOf } from '../goals/repository';
import { repairPlansOf } from '../repairPlans/repository';
import { sessionsOfTrajectory } from '../sessions/repository';
import { getTrajectory } from '../trajectories/repository';
import { canSee } from './policy';

/** Only the shareable summary is ever read here: private notes never enter this module's data. */
function summariesOf(db: Db, trajectoryId: number): Map<number, string> {
  const rows = db
    .prepare(`SELECT n.session_id, n.summary FROM session_note n JOIN session s ON s.id = n.session_id WHERE s.trajectory_id = ?`)
    .all(trajectoryId) as { session_id: number; summary: string }[];
  return new Map(rows.map((r) => [r.session_id, r.summary]));
}

/** Everything of a trajectory that some audience may see, read once; what each audience sees is cut from it. */
export interface TrajectoryFacts {
  trajectory: ReturnType<typeof getTrajectory>;
  sessions: Session[];
  sessionById: Map<number, Session>;
  summaries: Map<number, string>;
  ratings: ReturnType<typeof ratingsOfTrajectory>;
  agreements: Agreement[];
  goals: ReturnType<typeof goalsOf>;
  repairPlans: ReturnType<typeof repairPlansOf>;
}

export function readFacts(db: Db, trajectoryId: number): TrajectoryFacts {
  const sessions = sessionsOfTrajectory(db, trajectoryId);
  return {
    trajectory: getTrajectory(db, trajectoryId),
    sessions,
    sessionById: new Map(sessions.map((s) => [s.id, s])),
    summaries: summariesOf(db, trajectoryId),
    ratings: ratingsOfTrajectory(db, trajectoryId),
    agreements: agreementsOf(db, trajectoryId),
    goals: goalsOf(db, trajectoryId),
    repairPlans: repairPlansOf(db, trajectoryId),
  };
}

/**
 * What one audience may see of a trajectory, optionally within a period (local dates, both ends
 * included). Reports and client exports are built from this alone; every item passes canSee.
 */
export function audienceView(db: Db, trajectoryId: number, audience: Audience, period: Period = {}): AudienceView {
  return viewOf(readFacts(db, trajectoryId), audience, period);
}

/** What one audience may see, cut from facts read once (the report builder checks every reader's view). */
export function viewOf(facts: TrajectoryFacts, audience: Audience, period: Period): AudienceView {
  const { trajectory, sessionById } = facts;
  if (audience.kind === 'participant' && !trajectory.participants.some((p) => p.id === audience.participantId)) {
    throw new AppError('INVALID_INPUT', 'This participant does not take part in this trajectory.', 'audience.participantId', 'not_a_participant');
  }
  const inPeriod = (startsAt: string) =>
    (!period.from || startsAt.slice(0, 10) >= period.from) && (!period.to || startsAt.slice(0, 10) <= period.to);

  const seen = (s: Session | undefined): s is Session =>
    s !== undefined && inPeriod(s.startsAt) && canSee(audience, { kind: 'session', individualFor: s.individualFor });
  const sessions = facts.sessions.filter(seen);
  const summaryShown = (s: Session) => canSee(audience, { kind: 'sessionNotes', field: 'summary', individualFor: s.individualFor });

  const ratings = facts.ratings.filter((r) => {
    const s = sessionById.get(r.session_id);
    return seen(s) && canSee(audience, { kind: 'rating', participantId: r.participant_id, sessionIndividualFor: s.individualFor });
  });

  const visibleAgreements = facts.agreements.filter((a) =>
    canSee(audience, { kind: 'agreement', owner: a.owner, madeInIndividualFor: sessionById.get(a.madeInSessionId)?.individualFor ?? null }),
  );
  const reviewSeen = (a: Agreement) => {
    const s = a.review?.sessionId != null ? sessionById.get(a.review.sessionId) : undefined;
    return seen(s) && canSee(audience, { kind: 'agreementReview', reviewSessionIndividualFor: s.individualFor });
  };
  const agreementsInPeriod = visibleAgreements.filter((a) => seen(sessionById.get(a.madeInSessionId)) || reviewSeen(a));
  const shownIds = new Set(agreementsInPeriod.map((a) => a.id));
  const agreements = agreementsInPeriod.map((a): Agreement => {
    const review = reviewSeen(a) ? a.review : null;
    return {
      ...a,
      review,
      replacedById: review && a.replacedById !== null && shownIds.has(a.replacedById) ? a.replacedById : null,
      replacesId: a.replacesId !== null && shownIds.has(a.replacesId) ? a.replacesId : null,
    };
  });

  return {
    audience,
    period: { from: period.from ?? null, to: period.to ?? null },
    trajectory: {
      id: trajectory.id,
      kind: trajectory.kind,
      title: trajectory.title,
      status: trajectory.status,
      startDate: trajectory.startDate,
      endDate: trajectory.endDate,
    },
    participants: trajectory.participants
      .filter(() => canSee(audience, { kind: 'participant' }))
      .map((p) => ({ id: p.id, role: p.role, displayName: p.displayName })),
    goals: facts.goals
      .filter(() => canSee(audience, { kind: 'goal' }))
      .map((goal) => withSeries(goal, ratings)),
    sessions: sessions.map((s) => ({
      id: s.id,
      startsAt: s.startsAt,
      durationMinutes: s.durationMinutes,
      kind: s.kind,
      status: s.status,
      attendeeIds: s.attendeeIds,
      individual: s.individualFor !== null,
      summary: summaryShown(s) ? (facts.summaries.get(s.id) ?? '') : '',
    })),
    agreements,
    keptRate: keptRateOverview(reviewFacts(agreements, sessions)),
    repairPlans: facts.repairPlans.map((plan) => ({
      id: plan.id,
      title: canSee(audience, { kind: 'repairPlan', field: 'title' }) ? plan.title : '',
      acknowledgedOn: canSee(audience, { kind: 'repairPlan', field: 'acknowledgedOn' }) ? plan.acknowledgedOn : null,
      status: plan.status,
      agreementIds: plan.agreementIds.filter((id) => shownIds.has(id)),
      goalIds: plan.goalIds,
    })),
  };
}
