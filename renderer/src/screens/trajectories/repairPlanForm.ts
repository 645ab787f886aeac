import { z } from 'zod';
import type { InputOf, RepairPlan } from '../../../../shared/contract';
import { id, longText, requiredText } from '../../../../shared/contract/fields';
import { localDate, repairPlanStatus } from '../../../../shared/contract/workflowFields';

export const repairPlanFormSchema = z
  .object({
    title: requiredText(200),
    whatHappened: longText(20_000),
    acknowledgedOn: z.union([z.literal(''), localDate]),
    status: repairPlanStatus,
    agreementIds: z.array(id).max(100),
    goalIds: z.array(id).max(100),
  })
  .strict();

export type RepairPlanFormValues = z.input<typeof repairPlanFormSchema>;

export function initialRepairPlanValues(plan?: RepairPlan): RepairPlanFormValues {
  return {
    title: plan?.title ?? '',
    whatHappened: plan?.whatHappened ?? '',
    acknowledgedOn: plan?.acknowledgedOn ?? '',
    status: plan?.status ?? 'open',
    agreementIds: plan?.agreementIds ?? [],
    goalIds: plan?.goalIds ?? [],
  };
}

function fields(values: RepairPlanFormValues) {
  return { ...values, title: values.title.trim(), acknowledgedOn: values.acknowledgedOn === '' ? null : values.acknowledgedOn };
}

export function toRepairPlanCreate(trajectoryId: number, values: RepairPlanFormValues): InputOf<'repairPlans.create'> {
  return { trajectoryId, ...fields(values) };
}

export function toRepairPlanUpdate(planId: number, values: RepairPlanFormValues): InputOf<'repairPlans.update'> {
  return { id: planId, ...fields(values) };
}
