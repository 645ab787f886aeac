import { z } from 'zod';
import type { RepairPlanStatus } from '../domain/goal';
import type { Agreement } from './agreements';
import { method } from './define';
import { byId, changesOf, id, longText, requiredText } from './fields';
import type { Goal } from './goals';
import { ids, localDate, repairPlanStatus } from './workflowFields';

export interface RepairPlan {
  id: number;
  trajectoryId: number;
  title: string;
  /** PRIVATE: what happened. Never in a report or an audience view. */
  whatHappened: string;
  acknowledgedOn: string | null;
  status: RepairPlanStatus;
  /** Repair actions: agreements, in plan order. */
  agreementIds: number[];
  /** The trust goals that monitor the repair. */
  goalIds: number[];
  createdAt: string;
  updatedAt: string;
}

export interface RepairPlanDetail extends RepairPlan {
  actions: Agreement[];
  goals: Goal[];
}

const planFields = {
  title: requiredText(200),
  whatHappened: longText(20_000),
  acknowledgedOn: localDate.nullable(),
  status: repairPlanStatus,
  agreementIds: ids(100),
  goalIds: ids(100),
};

export const repairPlanMethods = {
  'repairPlans.list': method<RepairPlan[]>()(z.object({ trajectoryId: id }).strict(), 'The repair plans of a trajectory.'),
  'repairPlans.get': method<RepairPlanDetail>()(byId, 'One repair plan with its repair actions and goals.'),
  'repairPlans.create': method<RepairPlanDetail>()(
    z
      .object({
        trajectoryId: id,
        ...planFields,
        whatHappened: planFields.whatHappened.default(''),
        acknowledgedOn: planFields.acknowledgedOn.default(null),
        status: repairPlanStatus.default('open'),
        agreementIds: ids(100).default([]),
        goalIds: ids(100).default([]),
      })
      .strict(),
    'Start a repair plan after a breach of trust.',
  ),
  'repairPlans.update': method<RepairPlanDetail>()(
    changesOf(planFields).extend({ id }).strict(),
    'Change a repair plan; lists of agreements and goals replace the old ones.',
  ),
};
