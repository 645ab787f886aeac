import type { InstrumentSeries, QuestionnaireResponse, ScorePoint, ScoreSeries } from '../../../shared/contract/questionnaires';
import { scoreRanges, type QuestionnaireDefinition } from '../../../shared/questionnaires/definition';

type DefinitionOf = (key: string, version: number) => QuestionnaireDefinition;

function seriesHeading(definition: QuestionnaireDefinition): Omit<InstrumentSeries, 'points'> {
  const ranges = scoreRanges(definition);
  return {
    key: definition.key,
    title: definition.title,
    method: definition.scoring.method,
    range: ranges.total,
    bands: definition.scoring.bands.map(({ from, to, label, severity }) => ({ from, to, label, severity })),
    subscales: definition.scoring.subscales.map((s) => ({ key: s.key, title: s.title, range: ranges.subscales[s.key]! })),
  };
}

/**
 * Scores over time per respondent and questionnaire, from responses in session order.
 * Pure, so the audience view can pass only the responses its audience may see.
 */
export function buildScoreSeries(
  trajectoryId: number,
  responses: readonly QuestionnaireResponse[],
  definitionOf: DefinitionOf,
): ScoreSeries {
  const byRespondent = new Map<number, Map<string, { newest: QuestionnaireDefinition; points: ScorePoint[] }>>();
  for (const r of responses) {
    let instruments = byRespondent.get(r.participantId);
    if (!instruments) byRespondent.set(r.participantId, (instruments = new Map<string, { newest: QuestionnaireDefinition; points: ScorePoint[] }>()));
    const definition = definitionOf(r.key, r.version);
    let group = instruments.get(r.key);
    if (!group) instruments.set(r.key, (group = { newest: definition, points: [] }));
    // Titles, ranges and bands follow the newest version answered.
    if (definition.version > group.newest.version) group.newest = definition;
    group.points.push({
      responseId: r.id,
      sessionId: r.sessionId,
      startsAt: r.startsAt,
      version: r.version,
      total: r.scores.total.score,
      prorated: r.scores.total.prorated,
      subscales: Object.fromEntries(Object.entries(r.scores.subscales).map(([key, s]) => [key, s.score])),
      band: r.scores.total.band,
    });
  }
  return {
    trajectoryId,
    respondents: [...byRespondent.entries()]
      .sort(([a], [b]) => a - b)
      .map(([participantId, instruments]) => ({
        participantId,
        instruments: [...instruments.values()].map(({ newest, points }) => ({ ...seriesHeading(newest), points })),
      })),
  };
}
