import type { LocalizedText, ScoringMethod } from '../questionnaires/definition';
import type { NpsFigure } from '../questionnaires/nps';
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

/** One round: a session, or a check-in outside sessions (see rounds.ts in core), in which the group answered a questionnaire. */
export interface GroupRound {
  /** 'session:12' or 'outside:40'. */
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

/** One round of an NPS item: how many answered it and, when enough did, the group's NPS. */
export interface NpsRound {
  roundId: string;
  /** Local date 'YYYY-MM-DD'. */
  date: string;
  answered: number;
  /** null: fewer answers than the anonymity threshold ("too few responses"). */
  figure: NpsFigure | null;
}

/** The NPS of one item of one questionnaire over the rounds of a trajectory, oldest first. */
export interface NpsSeries {
  key: string;
  title: LocalizedText;
  itemId: string;
  /** Empty when the questionnaire ships without item text. */
  itemText: LocalizedText;
  rounds: NpsRound[];
}

/** Group figures of the anonymous questionnaires of a team trajectory, and the NPS of any trajectory. */
export interface GroupFigures {
  trajectoryId: number;
  /** The number of answers a round needs before it shows figures (never below 3). */
  threshold: number;
  instruments: GroupInstrument[];
  /** NPS items are group figures in every kind of trajectory: one person's NPS answer is never shown. */
  nps: NpsSeries[];
}
