import type { Audience } from '../../../shared/domain/audience';
import type { AgreementOwner } from '../../../shared/domain/agreement';
import type { TrajectoryKind } from '../../../shared/domain/trajectory';

/**
 * In a couple or team trajectory, a session with exactly one attending participant is that
 * participant's individual session: its notes, ratings and agreements belong to them alone.
 * In an individual trajectory every session is joint: the client is the joint audience.
 */
export function individualSessionOwner(kind: TrajectoryKind, attendeeIds: readonly number[]): number | null {
  return kind !== 'individual' && attendeeIds.length === 1 ? attendeeIds[0]! : null;
}

/** Anything an audience might be shown, with just the facts the decision needs. */
export type AudienceItem =
  | { kind: 'session'; individualFor: number | null }
  | { kind: 'sessionNotes'; field: 'summary' | 'privateNotes'; individualFor: number | null }
  | { kind: 'rating'; participantId: number; sessionIndividualFor: number | null }
  | { kind: 'agreement'; owner: AgreementOwner; madeInIndividualFor: number | null }
  /** `reviewSessionIndividualFor` undefined: the review session no longer exists. */
  | { kind: 'agreementReview'; reviewSessionIndividualFor: number | null | undefined }
  | { kind: 'questionnaireResponse'; participantId: number; sessionIndividualFor: number | null; personal: boolean; trajectoryKind: TrajectoryKind }
  /** Figures of a group that answered anonymously, for one round: shown only when enough people answered. */
  | { kind: 'groupFigures'; respondentCount: number; threshold: number }
  /** The result of a 360 round about one participant: theirs alone (in an individual trajectory the joint reader is that client). */
  | { kind: 'feedback360Result'; participantId: number; trajectoryKind: TrajectoryKind }
  | { kind: 'goal' }
  | { kind: 'participant' }
  | { kind: 'repairPlan'; field: 'title' | 'acknowledgedOn' | 'status' | 'whatHappened' };

/** Never fewer than this many answers behind a group figure, whatever a practice setting says. */
export const minimumGroupSize = 3;

/**
 * A team answers shared questionnaires (psychological safety, trust check-ins) anonymously:
 * answers are stored per respondent, but nobody is shown one person's answers or scores, not even
 * the practitioner; only group figures. Personal (clinical) questionnaires keep their own rule.
 */
export function answeredAsGroup(trajectoryKind: TrajectoryKind, personal: boolean): boolean {
  return trajectoryKind === 'team' && !personal;
}

function seesSession(audience: Audience, individualFor: number | null): boolean {
  if (individualFor === null) return true;
  return audience.kind === 'participant' && audience.participantId === individualFor;
}

/**
 * THE decision of what an audience may see; every report, export and client-facing view goes
 * through here. Private notes and the repair-plan description are never visible to anyone.
 * Joint: joint sessions and what was said, rated and agreed in them. Participant P: joint
 * sessions and P's own individual sessions, only P's ratings, and agreements owned by P, by all
 * or by the practitioner; never another participant's individual items. A team's anonymous
 * answers reach everyone as group figures only, and only when enough people answered.
 */
export function canSee(audience: Audience, item: AudienceItem): boolean {
  switch (item.kind) {
    case 'session':
      return seesSession(audience, item.individualFor);
    case 'sessionNotes':
      return item.field === 'summary' && seesSession(audience, item.individualFor);
    case 'rating':
      if (!seesSession(audience, item.sessionIndividualFor)) return false;
      return audience.kind === 'joint' || item.participantId === audience.participantId;
    case 'agreement':
      if (!seesSession(audience, item.madeInIndividualFor)) return false;
      if (audience.kind === 'joint') return true;
      return item.owner.kind !== 'participant' || item.owner.participantId === audience.participantId;
    case 'agreementReview':
      return item.reviewSessionIndividualFor !== undefined && seesSession(audience, item.reviewSessionIndividualFor);
    case 'questionnaireResponse':
      if (answeredAsGroup(item.trajectoryKind, item.personal)) return false;
      // A response follows the rule for ratings; a personal (clinical) one reaches only its respondent.
      if (!canSee(audience, { kind: 'rating', participantId: item.participantId, sessionIndividualFor: item.sessionIndividualFor })) return false;
      return !item.personal || audience.kind === 'participant' || item.trajectoryKind === 'individual';
    case 'groupFigures':
      return item.respondentCount >= Math.max(minimumGroupSize, item.threshold);
    case 'feedback360Result':
      // Never the partner's, a team member's or the sponsor's: what others said about a person is for that person.
      return audience.kind === 'participant' ? audience.participantId === item.participantId : item.trajectoryKind === 'individual';
    case 'goal':
    case 'participant':
      return true;
    case 'repairPlan':
      return item.field !== 'whatHappened';
  }
}

/** Who is in the room for a session: used to keep other people's items off a shared screen. */
export function sessionAudience(individualFor: number | null): Audience {
  return individualFor === null ? { kind: 'joint' } : { kind: 'participant', participantId: individualFor };
}
