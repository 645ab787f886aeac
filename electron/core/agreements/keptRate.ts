import type { KeptRateOverview, KeptRatePoint, KeptRateSeries } from '../../../shared/contract';
import { keptWeight, ownerKey, type AgreementOutcome, type AgreementOwner } from '../../../shared/domain/agreement';

/** One review, with the session it happened in (its local start orders the series). */
export interface ReviewFact {
  owner: AgreementOwner;
  outcome: AgreementOutcome;
  sessionId: number;
  startsAt: string;
}

interface Tally {
  kept: number;
  partlyKept: number;
  notKept: number;
}

const reviewedOf = (t: Tally) => t.kept + t.partlyKept + t.notKept;

/**
 * kept ÷ reviewed, partly kept counting half. Renegotiated and dropped agreements are not
 * "reviewed" for the rate (see keptWeight): neither kept nor broken, they would skew it.
 */
export function rateOf(t: Tally): number | null {
  const reviewed = reviewedOf(t);
  return reviewed === 0 ? null : (t.kept + keptWeight.partly_kept! * t.partlyKept) / reviewed;
}

function add(t: Tally, outcome: AgreementOutcome): void {
  if (outcome === 'kept') t.kept += 1;
  else if (outcome === 'partly_kept') t.partlyKept += 1;
  else if (outcome === 'not_kept') t.notKept += 1;
}

/** The rate per review session and cumulatively, over the reviews given (already filtered by owner). */
export function keptRateSeries(reviews: readonly ReviewFact[], owner: AgreementOwner | null): KeptRateSeries {
  const sorted = [...reviews].sort((a, b) => a.startsAt.localeCompare(b.startsAt) || a.sessionId - b.sessionId);
  const total: Tally = { kept: 0, partlyKept: 0, notKept: 0 };
  const points: KeptRatePoint[] = [];
  for (let i = 0; i < sorted.length; ) {
    const sessionId = sorted[i]!.sessionId;
    const here: Tally = { kept: 0, partlyKept: 0, notKept: 0 };
    const startsAt = sorted[i]!.startsAt;
    for (; i < sorted.length && sorted[i]!.sessionId === sessionId; i++) {
      add(here, sorted[i]!.outcome);
      add(total, sorted[i]!.outcome);
    }
    if (reviewedOf(here) === 0) continue; // only renegotiated or dropped: nothing to plot
    points.push({
      sessionId,
      date: startsAt.slice(0, 10),
      ...here,
      reviewed: reviewedOf(here),
      rate: rateOf(here),
      cumulativeRate: rateOf(total),
    });
  }
  return { owner, points, reviewed: reviewedOf(total), rate: rateOf(total) };
}

function ownerOrder(owner: AgreementOwner): number {
  return owner.kind === 'participant' ? owner.participantId : owner.kind === 'all' ? Number.MAX_SAFE_INTEGER - 1 : Number.MAX_SAFE_INTEGER;
}

/** The whole trajectory, and each owner (participants by id, then "all", then the practitioner). */
export function keptRateOverview(reviews: readonly ReviewFact[]): KeptRateOverview {
  const owners = new Map<string, AgreementOwner>();
  for (const review of reviews) owners.set(ownerKey(review.owner), review.owner);
  const byOwner = [...owners.values()]
    .sort((a, b) => ownerOrder(a) - ownerOrder(b))
    .map((owner) => keptRateSeries(reviews.filter((r) => ownerKey(r.owner) === ownerKey(owner)), owner));
  return { overall: keptRateSeries(reviews, null), byOwner };
}
