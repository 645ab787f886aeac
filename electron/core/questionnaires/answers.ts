import { AppError } from '../../../shared/errors';
import type { QuestionnaireDefinition } from '../../../shared/questionnaires/definition';
import type { Answers } from '../../../shared/questionnaires/scores';
import { itemScale } from '../../../shared/questionnaires/nps';

export interface GivenAnswer {
  itemId: string;
  value: number | null;
}

/**
 * Check answers against the definition and spell them out for every item (null where left open),
 * so a stored response says plainly which items were skipped.
 */
export function completeAnswers(definition: QuestionnaireDefinition, given: readonly GivenAnswer[]): Answers {
  const answers: Answers = Object.fromEntries(definition.items.map((item) => [item.id, null]));
  const scales = new Map(definition.items.map((item) => [item.id, itemScale(item, definition.scale)]));
  const seen = new Set<string>();
  given.forEach(({ itemId, value }, i) => {
    if (!Object.hasOwn(answers, itemId)) throw new AppError('INVALID_INPUT', 'This questionnaire has no such item.', `answers.${i}.itemId`, 'unknown_item');
    if (seen.has(itemId)) throw new AppError('INVALID_INPUT', 'This item is answered twice.', `answers.${i}.itemId`, 'duplicate_item');
    seen.add(itemId);
    // An NPS item is answered 0–10 whatever the questionnaire's own scale.
    const { min, max } = scales.get(itemId)!;
    if (value !== null && (!Number.isInteger(value) || value < min || value > max)) {
      throw new AppError('INVALID_INPUT', `An answer is a whole number from ${min} to ${max}.`, `answers.${i}.value`, 'outside_scale');
    }
    answers[itemId] = value;
  });
  if (Object.values(answers).every((value) => value === null)) {
    throw new AppError('INVALID_INPUT', 'At least one item must be answered.', 'answers', 'no_answers');
  }
  return answers;
}
