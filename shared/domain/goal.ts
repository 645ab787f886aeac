export const trustFactors = [
  'consistency',
  'open_communication',
  'responsibility',
  'transparency',
  'emotional_safety',
  'other',
] as const;
export type TrustFactor = (typeof trustFactors)[number];

export const goalStatuses = ['active', 'achieved', 'paused', 'dropped'] as const;
export type GoalStatus = (typeof goalStatuses)[number];

export const defaultScale = { min: 0, max: 10 } as const;

export interface ScaleProblem {
  field: 'scaleMax' | 'baseline' | 'target';
  reason: 'scale_reversed' | 'outside_scale';
}

/**
 * What is wrong with a goal's scale: its top must lie above its bottom, and the baseline and target (when
 * given) on it. A reversed scale is the only problem named, as nothing can lie on it.
 */
export function scaleProblems(goal: { scaleMin: number; scaleMax: number; baseline: number | null; target: number | null }): ScaleProblem[] {
  if (goal.scaleMax <= goal.scaleMin) return [{ field: 'scaleMax', reason: 'scale_reversed' }];
  return (['baseline', 'target'] as const)
    .filter((field) => {
      const value = goal[field];
      return value !== null && (value < goal.scaleMin || value > goal.scaleMax);
    })
    .map((field) => ({ field, reason: 'outside_scale' }));
}

export const repairPlanStatuses = ['open', 'in_progress', 'completed'] as const;
export type RepairPlanStatus = (typeof repairPlanStatuses)[number];
