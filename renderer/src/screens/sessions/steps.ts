/** The steps of a session, in the order it is held; the workspace shows one at a time. */
export const sessionSteps = ['review', 'goals', 'notes', 'agreements', 'questionnaire', 'finalise'] as const;

export type SessionStep = (typeof sessionSteps)[number];

/** The id of a step's heading (each step's section is labelled by it). */
export function stepHeadingId(step: SessionStep): string {
  return `${step}-title`;
}

/** The step before and after this one; null at either end. */
export function neighbours(step: SessionStep): { previous: SessionStep | null; next: SessionStep | null } {
  const at = sessionSteps.indexOf(step);
  return { previous: sessionSteps[at - 1] ?? null, next: sessionSteps[at + 1] ?? null };
}
