import type { TrajectoryKind } from '../domain/trajectory';

/** Questionnaires written for one kind of trajectory; every other questionnaire fits every kind. */
const onlyFor: Record<string, readonly TrajectoryKind[]> = {
  'team-psychological-safety': ['team'],
  // Phrased about "deze persoon": answered only by the raters of a 360 round, never as a trajectory's own questionnaire.
  'trust-360': [],
  'team-check-in': ['team'],
};

/** Whether a questionnaire is offered in a trajectory of this kind (no team scale in couple work). */
export function questionnaireFits(key: string, kind: TrajectoryKind): boolean {
  const kinds = onlyFor[key];
  return kinds === undefined || kinds.includes(kind);
}

/** Whether a client can answer it without the practitioner reading out: every item has text, its own or the practice's. */
export function answerableByClient(q: { textLicensed: boolean; itemCount: number; itemTextCount: number }): boolean {
  return q.textLicensed || q.itemTextCount === q.itemCount;
}
