import type { DistributionBin, GroupFigures, GroupInstrument, GroupRound, GroupRoundFigures } from '../../../shared/contract/groupFigures';
import type { QuestionnaireResponse } from '../../../shared/contract/questionnaires';
import { scoreRanges, type QuestionnaireDefinition } from '../../../shared/questionnaires/definition';
import { canSee } from '../audience/policy';
import { roundsOf, type Round } from './rounds';

export type DefinitionOf = (key: string, version: number) => QuestionnaireDefinition;

const round2 = (value: number) => Math.round((value + Number.EPSILON) * 100) / 100;

function mean(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}

/** Population standard deviation: the group is everyone who answered, not a sample of it. */
function spread(values: readonly number[]): number {
  const m = mean(values);
  return Math.sqrt(mean(values.map((v) => (v - m) ** 2)));
}

/**
 * Bins over the score range: one per scale point for a mean score (1–7 gives seven), five equal
 * parts for a sum score. A score lands in the bin whose range holds it (the last bin includes its top).
 */
export function distribution(values: readonly number[], range: { min: number; max: number }, method: 'sum' | 'mean'): DistributionBin[] {
  const edges: { from: number; to: number }[] = [];
  if (method === 'mean') {
    for (let v = range.min; v <= range.max; v++) edges.push({ from: v, to: v });
  } else {
    const width = (range.max - range.min) / 5;
    for (let i = 0; i < 5; i++) edges.push({ from: round2(range.min + i * width), to: round2(range.min + (i + 1) * width) });
  }
  const bins = edges.map((e) => ({ ...e, count: 0 }));
  for (const value of values) {
    const index =
      method === 'mean'
        ? Math.round(value) - range.min
        : Math.min(bins.length - 1, Math.floor(((value - range.min) / (range.max - range.min)) * bins.length));
    const bin = bins[Math.max(0, Math.min(bins.length - 1, index))]!;
    bin.count += 1;
  }
  return bins;
}

function figuresOf(
  responses: readonly QuestionnaireResponse[],
  definition: QuestionnaireDefinition,
  threshold: number,
  previousMean: number | null,
): GroupRoundFigures | null {
  const totals = responses.map((r) => r.scores.total.score).filter((s): s is number => s !== null);
  // Only scored answers count towards the threshold: an empty form says nothing about the group.
  if (!canSee({ kind: 'joint' }, { kind: 'groupFigures', respondentCount: totals.length, threshold })) return null;
  const ranges = scoreRanges(definition);
  const m = round2(mean(totals));
  const subscales: Record<string, number | null> = {};
  for (const s of definition.scoring.subscales) {
    const values = responses.map((r) => r.scores.subscales[s.key]?.score ?? null).filter((v): v is number => v !== null);
    subscales[s.key] = canSee({ kind: 'joint' }, { kind: 'groupFigures', respondentCount: values.length, threshold }) ? round2(mean(values)) : null;
  }
  return {
    mean: m,
    spread: round2(spread(totals)),
    lowest: Math.min(...totals),
    highest: Math.max(...totals),
    distribution: distribution(totals, ranges.total, definition.scoring.method),
    change: previousMean === null ? null : round2(m - previousMean),
    subscales,
  };
}

/**
 * Group figures per questionnaire and round, from the anonymous responses of one trajectory
 * (oldest first). Pure: callers pass only responses that are answered as a group.
 */
export function buildGroupFigures(
  trajectoryId: number,
  responses: readonly QuestionnaireResponse[],
  definitionOf: DefinitionOf,
  threshold: number,
): Omit<GroupFigures, 'nps'> {
  const instruments: GroupInstrument[] = [...byQuestionnaire(responses, definitionOf).entries()].map(([key, { newest, responses: answered }]) => {
    let previousMean: number | null = null;
    const shown: GroupRound[] = roundsOf(answered).map((round) => {
      const figures = figuresOf(round.responses, newest, threshold, previousMean);
      if (figures) previousMean = figures.mean;
      return { roundId: round.roundId, date: round.date, ...respondentsOf(round), figures };
    });
    return {
      key,
      title: newest.title,
      method: newest.scoring.method,
      range: scoreRanges(newest).total,
      subscales: newest.scoring.subscales.map((s) => ({ key: s.key, title: s.title })),
      rounds: shown,
    };
  });
  return { trajectoryId, threshold, instruments };
}

/** Who answered in a round, sorted by id, never linked to a score. */
function respondentsOf(round: Round): { respondentIds: number[]; respondentCount: number } {
  const respondentIds = [...new Set(round.responses.map((r) => r.participantId))].sort((a, b) => a - b);
  return { respondentIds, respondentCount: respondentIds.length };
}

/** Responses per questionnaire (in order of first answer), with the newest version answered: titles and ranges follow it. */
export function byQuestionnaire(
  responses: readonly QuestionnaireResponse[],
  definitionOf: DefinitionOf,
): Map<string, { newest: QuestionnaireDefinition; responses: QuestionnaireResponse[] }> {
  const byKey = new Map<string, { newest: QuestionnaireDefinition; responses: QuestionnaireResponse[] }>();
  for (const r of responses) {
    const definition = definitionOf(r.key, r.version);
    let instrument = byKey.get(r.key);
    if (!instrument) byKey.set(r.key, (instrument = { newest: definition, responses: [] }));
    if (definition.version > instrument.newest.version) instrument.newest = definition;
    instrument.responses.push(r);
  }
  return byKey;
}
