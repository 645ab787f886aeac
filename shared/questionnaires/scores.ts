import type { BandSeverity, LocalizedText } from './definition';

/** Answers by item id; null or absent means the item was left open. */
export type Answers = Record<string, number | null>;

export interface ScoreBand {
  from: number;
  to: number;
  label: LocalizedText;
  severity: BandSeverity;
}

/** The score of the whole questionnaire or of one subscale. */
export interface GroupScore {
  /** null when more items were left open than the definition allows. */
  score: number | null;
  answered: number;
  missing: number;
  /** true when some items were open and the score was estimated from the answered ones. */
  prorated: boolean;
  band: ScoreBand | null;
}

export interface QuestionnaireScores {
  total: GroupScore;
  subscales: Record<string, GroupScore>;
}
