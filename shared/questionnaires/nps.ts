import type { QuestionnaireItem, ResponseScale } from './definition';

/*
 * An NPS item ("aanbevelingsvraag"): how likely someone is to recommend something, from 0 to 10
 * whatever the questionnaire's own scale. Answers of 9 and 10 come from promoters, 7 and 8 from
 * passives, 0 to 6 from detractors. The figure of a group is the share of promoters minus the
 * share of detractors, in whole percentage points: from −100 (all detractors) to +100 (all promoters).
 * It is never anyone's own score: screens and reports show it only for a group that reached the
 * anonymity threshold (see `npsFiguresOf` in core).
 */

export const npsScale: ResponseScale = {
  min: 0,
  max: 10,
  labels: [
    { value: 0, label: { nl: 'Zeer onwaarschijnlijk', en: 'Very unlikely' } },
    { value: 10, label: { nl: 'Zeer waarschijnlijk', en: 'Very likely' } },
  ],
};

export const npsRange = { min: -100, max: 100 } as const;

export type NpsCategory = 'promoter' | 'passive' | 'detractor';

export function isNpsItem(item: Pick<QuestionnaireItem, 'type'>): boolean {
  return item.type === 'nps';
}

/** The items that make up the total and subscale scores: every item but the NPS ones. */
export function scoredItems<T extends Pick<QuestionnaireItem, 'type'>>(items: readonly T[]): T[] {
  return items.filter((item) => !isNpsItem(item));
}

/** The scale an item is answered on: 0–10 for an NPS item, otherwise the questionnaire's. */
export function itemScale(item: Pick<QuestionnaireItem, 'type'>, scale: ResponseScale): ResponseScale {
  return isNpsItem(item) ? npsScale : scale;
}

export function npsCategory(answer: number): NpsCategory {
  if (answer >= 9) return 'promoter';
  if (answer >= 7) return 'passive';
  return 'detractor';
}

/** What a group's answers to one NPS item say together. */
export interface NpsFigure {
  /** Promoters minus detractors, in whole percentage points (−100 to +100). */
  score: number;
  promoters: number;
  passives: number;
  detractors: number;
  /** Everyone who answered the item. */
  answered: number;
}

/** Rounded half away from zero, so +12,5 and −12,5 round to the same size. */
const roundPoints = (value: number) => Math.sign(value) * Math.round(Math.abs(value));

/** The NPS of a group's answers (0–10 each); null when nobody answered. */
export function npsFigure(answers: readonly number[]): NpsFigure | null {
  if (answers.length === 0) return null;
  const count = { promoter: 0, passive: 0, detractor: 0 };
  for (const answer of answers) count[npsCategory(answer)] += 1;
  const score = roundPoints(((count.promoter - count.detractor) / answers.length) * 100);
  return { score: score === 0 ? 0 : score, promoters: count.promoter, passives: count.passive, detractors: count.detractor, answered: answers.length };
}
