import type { TFunction } from 'i18next';
import type { Participant, Session } from '../../../../shared/contract';
import type { AgreementOwner } from '../../../../shared/domain/agreement';
import type { TrajectoryKind } from '../../../../shared/domain/trajectory';

/** The first name (or the name they go by), for short mentions like "individuele sessie (Sanne)". */
export function shortName(participant: Pick<Participant, 'preferredName' | 'firstName'>): string {
  return participant.preferredName || participant.firstName;
}

/** Current participants first in the order they joined; those who left stay for the record. */
export function currentParticipants(participants: readonly Participant[]): Participant[] {
  return participants.filter((p) => p.removedAt === null);
}

/**
 * Who a session is for, in the glossary's words: in a couple or team trajectory a session with one
 * attendee is that person's individual session; everything else is a joint session.
 */
export function sessionAudienceLabel(
  t: TFunction,
  kind: TrajectoryKind,
  attendees: readonly Pick<Participant, 'preferredName' | 'firstName'>[],
): string {
  if (kind === 'individual') return t('trajectories.sessions.forClient', { names: attendees.map(shortName).join(', ') });
  if (attendees.length === 1) return t('trajectories.sessions.individual', { name: shortName(attendees[0]!) });
  return t('trajectories.sessions.joint');
}

export function attendeesOf(session: Pick<Session, 'attendeeIds'>, participants: readonly Participant[]): Participant[] {
  return session.attendeeIds
    .map((id) => participants.find((p) => p.id === id))
    .filter((p): p is Participant => p !== undefined);
}

/** Who an agreement is for: a participant by name, "both partners" / "the whole team", or the practitioner. */
export function ownerLabel(
  t: TFunction,
  owner: AgreementOwner,
  participants: readonly Participant[],
  kind: TrajectoryKind,
): string {
  if (owner.kind === 'practitioner') return t('trajectories.owner.practitioner');
  if (owner.kind === 'all') return t(`trajectories.owner.all.${kind}`);
  return participants.find((p) => p.id === owner.participantId)?.displayName ?? t('trajectories.owner.unknown');
}
