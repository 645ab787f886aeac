import { z } from 'zod';
import type { Goal, InputOf } from '../../../../shared/contract';
import { longText, requiredText } from '../../../../shared/contract/fields';
import { goalStatus, trustFactor } from '../../../../shared/contract/workflowFields';
import { defaultScale } from '../../../../shared/domain/goal';
import { optionalDecimal, parseNumberText, requiredWholeNumber } from './numberText';

/** A trust goal as typed: the scale ends whole numbers, baseline and target may have a decimal comma. */
export const goalFormSchema = z
  .object({
    title: requiredText(200),
    description: longText(5_000),
    trustFactor,
    scaleMin: requiredWholeNumber(-1000, 1000),
    scaleMax: requiredWholeNumber(-1000, 1000),
    baseline: optionalDecimal(-1000, 1000),
    target: optionalDecimal(-1000, 1000),
    status: goalStatus,
  })
  .strict()
  .superRefine((values, ctx) => {
    const min = parseNumberText(values.scaleMin);
    const max = parseNumberText(values.scaleMax);
    if (min === null || max === null || !Number.isInteger(min) || !Number.isInteger(max)) return;
    if (max <= min) {
      ctx.addIssue({ code: 'custom', path: ['scaleMax'], message: 'scale_reversed' });
      return;
    }
    for (const field of ['baseline', 'target'] as const) {
      const value = parseNumberText(values[field]);
      if (value !== null && !Number.isNaN(value) && (value < min || value > max)) {
        ctx.addIssue({ code: 'custom', path: [field], message: 'outside_scale' });
      }
    }
  });

export type GoalFormValues = z.input<typeof goalFormSchema>;

/** A number as the practitioner would type it: `7,5` in Dutch. */
const text = (value: number | null, language: string) =>
  value === null ? '' : language === 'en' ? String(value) : String(value).replace('.', ',');

export function initialGoalValues(language: string, goal?: Goal): GoalFormValues {
  return {
    title: goal?.title ?? '',
    description: goal?.description ?? '',
    trustFactor: goal?.trustFactor ?? 'consistency',
    scaleMin: String(goal?.scale.min ?? defaultScale.min),
    scaleMax: String(goal?.scale.max ?? defaultScale.max),
    baseline: text(goal?.baseline ?? null, language),
    target: text(goal?.target ?? null, language),
    status: goal?.status ?? 'active',
  };
}

function fields(values: GoalFormValues) {
  return {
    title: values.title.trim(),
    description: values.description,
    trustFactor: values.trustFactor,
    scaleMin: parseNumberText(values.scaleMin)!,
    scaleMax: parseNumberText(values.scaleMax)!,
    baseline: parseNumberText(values.baseline),
    target: parseNumberText(values.target),
    status: values.status,
  };
}

export function toGoalCreate(trajectoryId: number, values: GoalFormValues): InputOf<'goals.create'> {
  return { trajectoryId, ...fields(values) };
}

export function toGoalUpdate(id: number, values: GoalFormValues): InputOf<'goals.update'> {
  return { id, ...fields(values) };
}
