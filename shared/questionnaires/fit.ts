import type { TrajectoryKind } from '../domain/trajectory';

/** Questionnaires written for one kind of trajectory; every other questionnaire fits every kind. */
const onlyFor: Record<string, readonly TrajectoryKind[]> = {
  'team-psychological-safety': ['team'],
};

/** Whether a questionnaire is offered in a trajectory of this kind (no team scale in couple work). */
export function questionnaireFits(key: string, kind: TrajectoryKind): boolean {
  const kinds = onlyFor[key];
  return kinds === undefined || kinds.includes(kind);
}
