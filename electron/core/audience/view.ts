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
function summariesOf(db: Db, sessionIds: readonly number[]): Map<number, string> {
  const rows = db
    .prepare(`SELECT session_id, summary FROM session_note WHERE session_id IN (SELECT value FROM json_each(?))`)
    .all(JSON.stringify(sessionIds)) as { session_id: number; summary: string }[];
  return new Map(rows.map((r) => [r.session_id, r.summary]));
}

/**
 * What one audience may see of a trajectory, optionally within a period (local dates, both ends
 * included). Reports and client exports are built from this alone; every item passes canSee.
 */
export function audienceView(db: Db, trajectoryId: number, audience: Audience, period: Period = {}): AudienceView {
  const trajectory = getTrajectory(db, trajectoryId);
  if (audience.kind === 'participant' && !trajectory.participants.some((p) => p.id === audience.participantId)) {
    throw new AppError('INVALID_INPUT', 'This participant does not take part in this trajectory.', 'audience.participantId', 'not_a_participant');
  }
  const inPeriod = (startsAt: string) =>
    (!period.from || startsAt.slice(0, 10) >= period.from) && (!period.to || startsAt.slice(0, 10) <= period.to);

  const allSessions = sessionsOfTrajectory(db, trajectoryId);
  const sessionById = new Map(allSessions.map((s) => [s.id, s]));
  const seen = (s: Session | undefined): s is Session =>
    s !== undefined && inPeriod(s.startsAt) && canSee(audience, { kind: 'session', individualFor: s.individualFor });
  const sessions = allSessions.filter(seen);
  const summaries = summariesOf(
    db,
    sessions.filter((s) => canSee(audience, { kind: 'sessionNotes', field: 'summary', individualFor: s.individualFor })).map((s) => s.id),
  );

  const ratings = ratingsOfTrajectory(db, trajectoryId).filter((r) => {
    const s = sessionById.get(r.session_id);
    return seen(s) && canSee(audience, { kind: 'rating', participantId: r.participant_id, sessionIndividualFor: s.individualFor });
  });

  const visibleAgreements = agreementsOf(db, trajectoryId).filter((a) =>
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
    goals: goalsOf(db, trajectoryId)
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
      summary: summaries.get(s.id) ?? '',
    })),
    agreements,
    keptRate: keptRateOverview(reviewFacts(agreements, sessions)),
    repairPlans: repairPlansOf(db, trajectoryId).map((plan) => ({
      id: plan.id,
      title: canSee(audience, { kind: 'repairPlan', field: 'title' }) ? plan.title : '',
      acknowledgedOn: canSee(audience, { kind: 'repairPlan', field: 'acknowledgedOn' }) ? plan.acknowledgedOn : null,
      status: plan.status,
      agreementIds: plan.agreementIds.filter((id) => shownIds.has(id)),
      goalIds: plan.goalIds,
    })),
  };
}
