import type { Agreement, Session } from '../../../shared/contract';
import type { ReviewFact } from './keptRate';

/** The reviews among some agreements, placed at their review session (reviews without one are left out). */
export function reviewFacts(agreements: readonly Agreement[], sessions: readonly Session[]): ReviewFact[] {
  const startsAt = new Map(sessions.map((s) => [s.id, s.startsAt]));
  const facts: ReviewFact[] = [];
  for (const a of agreements) {
    const at = a.review?.sessionId != null ? startsAt.get(a.review.sessionId) : undefined;
    if (a.review && at !== undefined) facts.push({ owner: a.owner, outcome: a.review.outcome, sessionId: a.review.sessionId!, startsAt: at });
  }
  return facts;
}
