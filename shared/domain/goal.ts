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

export const repairPlanStatuses = ['open', 'in_progress', 'completed'] as const;
export type RepairPlanStatus = (typeof repairPlanStatuses)[number];
