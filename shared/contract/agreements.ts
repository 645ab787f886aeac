import { z } from 'zod';
import type { AgreementDue, AgreementOutcome, AgreementOwner } from '../domain/agreement';
import { method } from './define';
import { byId, id, longText, requiredText, shortText } from './fields';
import { agreementDue, agreementOutcome, agreementOwner } from './workflowFields';

export interface AgreementReview {
  /** Null only if the review session was deleted. */
  sessionId: number | null;
  reviewedOn: string | null;
  outcome: AgreementOutcome;
  note: string;
}

export interface Agreement {
  id: number;
  trajectoryId: number;
  madeInSessionId: number;
  /** Local date of the session it was made in. */
  madeOn: string;
  owner: AgreementOwner;
  text: string;
  due: AgreementDue;
  review: AgreementReview | null;
  /** For a renegotiated agreement: the agreement that replaced it. */
  replacedById: number | null;
  replacesId: number | null;
  repairPlanIds: number[];
  /** When it was last corrected after its review (an amendment; see agreements.history), else null. */
  amendedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

/** An earlier wording of an agreement that was corrected after its review. */
export interface AgreementVersion {
  agreementId: number;
  owner: AgreementOwner;
  text: string;
  due: AgreementDue;
  /** Why it was corrected, as the practitioner wrote it. */
  reason: string;
  /** When this wording was replaced. */
  replacedAt: string;
}

export interface OverdueAgreement extends Agreement {
  trajectoryTitle: string;
  reason: 'due_date_passed' | 'next_session_passed';
  /** The due date, or the date of the held session that should have reviewed it. */
  overdueSince: string;
}

/** kept ÷ reviewed for the reviews of one session, and for all reviews up to and including it. */
export interface KeptRatePoint {
  sessionId: number;
  date: string;
  kept: number;
  partlyKept: number;
  notKept: number;
  reviewed: number;
  rate: number | null;
  cumulativeRate: number | null;
}

export interface KeptRateSeries {
  /** Null for the whole trajectory. */
  owner: AgreementOwner | null;
  points: KeptRatePoint[];
  reviewed: number;
  rate: number | null;
}

export interface KeptRateOverview {
  overall: KeptRateSeries;
  byOwner: KeptRateSeries[];
}

const text = requiredText(2_000);
/** Set deliberately to record a due date that has already passed (entering an older session afterwards). */
const alreadyDue = z.boolean().optional();
const newAgreement = z.object({ owner: agreementOwner, text, due: agreementDue, alreadyDue }).strict();

export const agreementMethods = {
  'agreements.list': method<Agreement[]>()(
    z
      .object({ trajectoryId: id, state: z.enum(['open', 'reviewed', 'all']).default('all') })
      .strict(),
    'The agreements of a trajectory, in the order they were made.',
  ),
  'agreements.create': method<Agreement>()(
    newAgreement.extend({ sessionId: id, repairPlanId: id.optional() }).strict(),
    'Record an agreement made in a session (optionally as a repair action of a repair plan).',
  ),
  'agreements.update': method<Agreement>()(
    z
      .object({
        id,
        owner: agreementOwner.optional(),
        text: text.optional(),
        due: agreementDue.optional(),
        alreadyDue,
        /** Kept with the earlier wording when a reviewed agreement is corrected. */
        reason: shortText(500).optional(),
      })
      .strict(),
    'Correct the wording, owner or due moment; after its review the change is an amendment and the earlier wording is kept.',
  ),
  'agreements.remove': method<{ removed: true }>()(byId, 'Remove an agreement entered by mistake, only while it is not reviewed.'),
  'agreements.history': method<AgreementVersion[]>()(byId, 'The earlier wordings of an agreement corrected after its review, oldest first.'),
  'agreements.review': method<Agreement>()(
    z
      .object({
        id,
        sessionId: id,
        outcome: agreementOutcome,
        note: longText(5_000).default(''),
        /** Required when renegotiated: the new agreement, made in the review session. */
        newAgreement: newAgreement.optional(),
      })
      .strict()
      .refine((r) => (r.outcome === 'renegotiated') === (r.newAgreement !== undefined), {
        message: 'renegotiated_needs_new_agreement',
        path: ['newAgreement'],
      }),
    'Review an agreement in a later session: kept, partly kept, not kept, renegotiated or dropped.',
  ),
  'agreements.overdue': method<OverdueAgreement[]>()(
    z.object({ trajectoryId: id.optional() }).strict(),
    'Open agreements past their due date, or next-session agreements whose next held session passed without review.',
  ),
};
