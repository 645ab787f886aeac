import { z } from 'zod';
import type { Goal, InputOf } from '../../../../shared/contract';
import { longText, requiredText } from '../../../../shared/contract/fields';
import { goalStatus, trustFactor } from '../../../../shared/contract/workflowFields';
import { defaultScale, scaleProblems } from '../../../../shared/domain/goal';
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
    const scaleMin = parseNumberText(values.scaleMin);
    const scaleMax = parseNumberText(values.scaleMax);
    // A number that does not read says so in its own field; the scale is checked with the ones that do.
    if (scaleMin === null || scaleMax === null || !Number.isInteger(scaleMin) || !Number.isInteger(scaleMax)) return;
    const readable = (text: string) => {
      const value = parseNumberText(text);
      return value === null || Number.isNaN(value) ? null : value;
    };
    for (const problem of scaleProblems({ scaleMin, scaleMax, baseline: readable(values.baseline), target: readable(values.target) })) {
      ctx.addIssue({ code: 'custom', path: [problem.field], message: problem.reason });
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
