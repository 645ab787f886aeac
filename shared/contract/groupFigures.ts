import type { LocalizedText, ScoringMethod } from '../questionnaires/definition';
import type { ScoreRange } from './questionnaires';

/** How many respondents' scores fell in one part of the score range. */
export interface DistributionBin {
  from: number;
  to: number;
  count: number;
}

/** What a group's answers say together; never one person's score. */
export interface GroupRoundFigures {
  mean: number;
  /** Standard deviation of the respondents' scores. */
  spread: number;
  lowest: number;
  highest: number;
  distribution: DistributionBin[];
  /** Mean minus the mean of the previous round that had figures; null for the first. */
  change: number | null;
  /** Mean per subscale; null where too few answered that subscale. */
  subscales: Record<string, number | null>;
}

/** One round: a session (or a batch of forms) in which the group answered a questionnaire. */
export interface GroupRound {
  /** 'session:12' or 'round:3'. */
  roundId: string;
  /** Local date 'YYYY-MM-DD'. */
  date: string;
  /** Who answered (for the practitioner's overview), never linked to a score. Sorted by id. */
  respondentIds: number[];
  respondentCount: number;
  /** null: fewer answers than the anonymity threshold ("too few responses"). */
  figures: GroupRoundFigures | null;
}

export interface GroupInstrument {
  key: string;
  title: LocalizedText;
  method: ScoringMethod;
  range: ScoreRange;
  subscales: { key: string; title: LocalizedText }[];
  /** Oldest first. */
  rounds: GroupRound[];
}

/** Group figures of the anonymous questionnaires of a team trajectory. */
export interface GroupFigures {
  trajectoryId: number;
  /** The number of answers a round needs before it shows figures (never below 3). */
  threshold: number;
  instruments: GroupInstrument[];
}
