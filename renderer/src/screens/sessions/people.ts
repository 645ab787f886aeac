import type { TFunction } from 'i18next';
import type { Participant } from '../../../../shared/contract';
import type { AgreementOwner } from '../../../../shared/domain/agreement';
import type { TrajectoryKind } from '../../../../shared/domain/trajectory';

/** How the practitioner addresses someone in the room: the preferred name, else the first name. */
export function callName(participant: Pick<Participant, 'preferredName' | 'firstName'>): string {
  return participant.preferredName || participant.firstName;
}

/** "Beide partners" for a couple, "alle deelnemers" for a team; an individual client by name. */
export function everyoneLabel(t: TFunction, kind: TrajectoryKind, participants: readonly Participant[]): string {
  if (kind === 'couple') return t('sessions.owner.bothPartners');
  if (kind === 'team') return t('sessions.owner.everyone');
  const client = participants.find((p) => p.role === 'client');
  return client ? callName(client) : t('sessions.owner.client');
}

/** Who an agreement is for, in words. */
export function ownerLabel(
  t: TFunction,
  owner: AgreementOwner,
  kind: TrajectoryKind,
  participants: readonly Participant[],
): string {
  switch (owner.kind) {
    case 'participant': {
      const participant = participants.find((p) => p.id === owner.participantId);
      return participant ? callName(participant) : t('sessions.owner.unknownParticipant');
    }
    case 'all':
      return everyoneLabel(t, kind, participants);
    case 'practitioner':
      return t('sessions.owner.practitioner');
  }
}
