import {
  type InterpretationBand,
  type QuestionnaireDefinition,
  type QuestionnaireItem,
  type ResponseScale,
  type ScoringMethod,
} from '../../../shared/questionnaires/definition';
import type { Answers, GroupScore, QuestionnaireScores, ScoreBand } from '../../../shared/questionnaires/scores';
import { scoredItems } from '../../../shared/questionnaires/nps';

/*
 * How a questionnaire is scored:
 * - A reverse-keyed answer x counts as (max + min − x), so on 1–7 a 2 counts as 6.
 * - Items left open: up to `maxMissing` of a group (the whole list, or one subscale) the score is
 *   prorated from the answered items: a mean is the mean of the answered items; a sum is that mean
 *   times the number of items, rounded to a whole number so it lands in the published bands.
 *   More open items than `maxMissing` and the score is null: better no number than a wrong one.
 * - Means are rounded to two decimals, sums are whole numbers; a band is the first whose
 *   from ≤ score ≤ to.
 * - NPS items are not scored here: their answers count only in the group's NPS (shared/questionnaires/nps.ts).
 */

export function keyedValue(item: Pick<QuestionnaireItem, 'reverseKeyed'>, value: number, scale: Pick<ResponseScale, 'min' | 'max'>): number {
  return item.reverseKeyed ? scale.max + scale.min - value : value;
}

export function roundScore(value: number, method: ScoringMethod): number {
  return method === 'sum' ? Math.round(value) : Math.round((value + Number.EPSILON) * 100) / 100;
}

export function findBand(bands: readonly InterpretationBand[], score: number | null): ScoreBand | null {
  if (score === null) return null;
  const band = bands.find((b) => b.from <= score && score <= b.to);
  return band ? { from: band.from, to: band.to, label: band.label, severity: band.severity } : null;
}

interface Group {
  items: readonly QuestionnaireItem[];
  method: ScoringMethod;
  maxMissing: number;
  bands: readonly InterpretationBand[];
}

export function scoreGroup(group: Group, answers: Answers, scale: ResponseScale): GroupScore {
  const values: number[] = [];
  for (const item of group.items) {
    const answer = Object.hasOwn(answers, item.id) ? answers[item.id] : null;
    if (answer !== null && answer !== undefined) values.push(keyedValue(item, answer, scale));
  }
  const answered = values.length;
  const missing = group.items.length - answered;
  if (answered === 0 || missing > group.maxMissing) {
    return { score: null, answered, missing, prorated: false, band: null };
  }
  const sum = values.reduce((a, b) => a + b, 0);
  const raw = group.method === 'mean' ? sum / answered : missing === 0 ? sum : (sum / answered) * group.items.length;
  const score = roundScore(raw, group.method);
  return { score, answered, missing, prorated: missing > 0, band: findBand(group.bands, score) };
}

/** Total and subscale scores of one set of answers, as stored with the response. */
export function scoreQuestionnaire(definition: QuestionnaireDefinition, answers: Answers): QuestionnaireScores {
  const { scale, items, scoring } = definition;
  const total = scoreGroup({ items: scoredItems(items), method: scoring.method, maxMissing: scoring.maxMissing, bands: scoring.bands }, answers, scale);
  const subscales: Record<string, GroupScore> = {};
  for (const s of scoring.subscales) {
    subscales[s.key] = scoreGroup(
      {
        items: items.filter((item) => item.subscale === s.key),
        method: s.method ?? scoring.method,
        maxMissing: s.maxMissing,
        bands: s.bands,
      },
      answers,
      scale,
    );
  }
  return { total, subscales };
}
