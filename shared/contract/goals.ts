import { z } from 'zod';
import type { GoalStatus, TrustFactor } from '../domain/goal';
import { method } from './define';
import { changesOf, id, longText, requiredText, shortText } from './fields';
import { goalStatus, scaleEnd, scaleValue, trustFactor } from './workflowFields';

export interface Goal {
  id: number;
  trajectoryId: number;
  title: string;
  description: string;
  trustFactor: TrustFactor;
  scale: { min: number; max: number };
  baseline: number | null;
  target: number | null;
  status: GoalStatus;
  createdAt: string;
  updatedAt: string;
}

export interface Rating {
  goalId: number;
  sessionId: number;
  participantId: number;
  value: number;
  note: string;
  ratedAt: string;
}

export interface RatingPoint {
  sessionId: number;
  /** The session's local start, so the series can be drawn over time. */
  startsAt: string;
  value: number;
  note: string;
}

export interface RatingSeries {
  participantId: number;
  points: RatingPoint[];
}

export interface GoalWithSeries extends Goal {
  series: RatingSeries[];
}

const goalFields = {
  title: requiredText(200),
  description: longText(5_000),
  trustFactor,
  scaleMin: scaleEnd,
  scaleMax: scaleEnd,
  baseline: scaleValue.nullable(),
  target: scaleValue.nullable(),
  status: goalStatus,
};

export const goalMethods = {
  'goals.list': method<Goal[]>()(z.object({ trajectoryId: id }).strict(), 'The trust goals of a trajectory.'),
  'goals.create': method<Goal>()(
    z
      .object({
        trajectoryId: id,
        ...goalFields,
        description: goalFields.description.default(''),
        scaleMin: scaleEnd.default(0),
        scaleMax: scaleEnd.default(10),
        baseline: goalFields.baseline.default(null),
        target: goalFields.target.default(null),
        status: goalStatus.default('active'),
      })
      .strict(),
    'Add a trust goal with its scale (default 0–10), baseline and target.',
  ),
  'goals.update': method<Goal>()(
    changesOf(goalFields).extend({ id }).strict(),
    'Change some fields of a trust goal.',
  ),
  'goals.rate': method<{ rating: Rating | null }>()(
    z
      .object({ goalId: id, sessionId: id, participantId: id, value: scaleValue.nullable(), note: shortText(2_000).default('') })
      .strict(),
    "Set (or with null clear) a participant's rating of a goal in a session they attended.",
  ),
  'goals.series': method<GoalWithSeries>()(
    z.object({ goalId: id }).strict(),
    "A goal with each participant's ratings over time.",
  ),
};
