export const agreementOutcomes = ['kept', 'partly_kept', 'not_kept', 'renegotiated', 'dropped'] as const;
export type AgreementOutcome = (typeof agreementOutcomes)[number];

/** Who an agreement is for: one participant, all participants ("both"), or the practitioner. */
export const agreementOwnerKinds = ['participant', 'all', 'practitioner'] as const;
export type AgreementOwnerKind = (typeof agreementOwnerKinds)[number];

export type AgreementOwner =
  | { kind: 'participant'; participantId: number }
  | { kind: 'all' }
  | { kind: 'practitioner' };

export type AgreementDue = { kind: 'date'; date: string } | { kind: 'next_session' };

/**
 * Weight of an outcome in the kept-rate (kept ÷ reviewed). Partly kept counts half.
 * Renegotiated and dropped are left out of both sides: the agreement was changed or became
 * irrelevant, which says nothing about keeping one's word, so counting it would skew the rate.
 */
export const keptWeight: Record<AgreementOutcome, number | null> = {
  kept: 1,
  partly_kept: 0.5,
  not_kept: 0,
  renegotiated: null,
  dropped: null,
};

export function ownerKey(owner: AgreementOwner): string {
  return owner.kind === 'participant' ? `participant:${owner.participantId}` : owner.kind;
}
