import { z } from 'zod';
import {
  itemId,
  localizedText,
  questionnaireContent,
  questionnaireKey,
  questionnaireVersion,
  type LocalizedText,
  type QuestionnaireDefinition,
  type ScoringMethod,
} from '../questionnaires/definition';
import type { Answers, QuestionnaireScores, ScoreBand } from '../questionnaires/scores';
import { method } from './define';
import type { GroupFigures } from './groupFigures';
import { byId, id, language } from './fields';

export interface ScoreRange {
  min: number;
  max: number;
}

/** One line of the questionnaire list, in the requested language. */
export interface QuestionnaireSummary {
  key: string;
  version: number;
  builtIn: boolean;
  /** false: scoring only; the item text comes from the practice (see itemTextCount) or is left out. */
  textLicensed: boolean;
  title: string;
  instructions: string;
  itemCount: number;
  /** Items with text the practice entered itself (scoring-only questionnaires). */
  itemTextCount: number;
  method: ScoringMethod;
  scoreRange: ScoreRange;
  subscales: { key: string; title: string }[];
  archivedAt: string | null;
}

/** A full definition in both languages, for filling in and for the editor. */
export interface QuestionnaireDetail {
  definition: QuestionnaireDefinition;
  builtIn: boolean;
  basedOn: { key: string; version: number } | null;
  /** Every stored version, oldest first; built-ins have one. */
  versions: number[];
  archivedAt: string | null;
  /** The practice's own text per item id, for scoring-only questionnaires. */
  practiceItemTexts: Record<string, LocalizedText>;
  ranges: { total: ScoreRange; subscales: Record<string, ScoreRange> };
  responseCount: number;
}

export interface QuestionnaireResponse {
  id: number;
  trajectoryId: number;
  /** null: answered outside a session, in a sealed form. */
  sessionId: number | null;
  /** The sealed form it came back in, and the round of forms that one was made in. */
  form: { id: string; roundId: string } | null;
  /** The respondent. */
  participantId: number;
  key: string;
  version: number;
  /** The session's local start 'YYYY-MM-DDTHH:mm', or when a form's answers were stored. */
  startsAt: string;
  /** Every item of the definition; null where it was left open. */
  answers: Answers;
  scores: QuestionnaireScores;
  /**
   * true: one of a team's anonymous answers. Screens get who answered and when, with no answers
   * and no scores; the group figures are in `questionnaires.groupFigures`.
   */
  groupOnly: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface ScorePoint {
  responseId: number;
  sessionId: number | null;
  startsAt: string;
  version: number;
  total: number | null;
  prorated: boolean;
  subscales: Record<string, number | null>;
  band: ScoreBand | null;
}

export interface InstrumentSeries {
  key: string;
  /** Taken from the newest version answered. */
  title: LocalizedText;
  method: ScoringMethod;
  range: ScoreRange;
  bands: ScoreBand[];
  subscales: { key: string; title: LocalizedText; range: ScoreRange }[];
  /** Oldest session first. */
  points: ScorePoint[];
}

export interface ScoreSeries {
  trajectoryId: number;
  respondents: { participantId: number; instruments: InstrumentSeries[] }[];
}

const keyOnly = z.object({ key: questionnaireKey }).strict();

/** A respondent's answers, one per item; null where an item was left open. */
export const givenAnswers = z.array(z.object({ itemId, value: z.number().finite().nullable() }).strict()).max(200);

export const questionnaireMethods = {
  'questionnaires.list': method<QuestionnaireSummary[]>()(
    z
      .object({
        /** Default: the practice language. */
        language: language.optional(),
        archived: z.enum(['active', 'archived', 'all']).default('active'),
        /** Only the questionnaires offered in this trajectory: those that fit its kind (no team scale in couple work). */
        trajectoryId: id.optional(),
        /** Only those a client can answer alone (every item has text), for client mode and form files. */
        forClient: z.boolean().default(false),
      })
      .strict(),
    'Built-in and custom questionnaires, built-ins first, in the requested language; with a trajectory, only those offered there.',
  ),
  'questionnaires.get': method<QuestionnaireDetail>()(
    z.object({ key: questionnaireKey, version: questionnaireVersion.optional() }).strict(),
    'One questionnaire in both languages: the newest version, or the one asked for.',
  ),
  'questionnaires.create': method<QuestionnaireDetail>()(
    z
      .object({
        definition: questionnaireContent,
        /** Set when the editor started from a copy of another questionnaire (its practice item text comes along). */
        basedOn: z.object({ key: questionnaireKey, version: questionnaireVersion }).strict().optional(),
      })
      .strict(),
    'Add a custom questionnaire; core assigns its key and version 1.',
  ),
  'questionnaires.update': method<QuestionnaireDetail>()(
    z.object({ key: questionnaireKey, definition: questionnaireContent }).strict(),
    'Replace a custom questionnaire; once it has responses the change becomes a new version.',
  ),
  'questionnaires.archive': method<QuestionnaireDetail>()(
    keyOnly.extend({ archived: z.boolean().default(true) }).strict(),
    'Archive a custom questionnaire (no new responses; old ones stay), or bring it back.',
  ),
  'questionnaires.setItemTexts': method<QuestionnaireDetail>()(
    keyOnly
      .extend({
        texts: z
          .array(z.object({ itemId, text: localizedText(1000) }).strict())
          .max(200),
      })
      .strict(),
    "Set the practice's own item text of a scoring-only questionnaire; empty text removes it.",
  ),
  'questionnaires.respond': method<QuestionnaireResponse>()(
    z
      .object({
        sessionId: id,
        participantId: id,
        key: questionnaireKey,
        /** Default: the newest version. */
        version: questionnaireVersion.optional(),
        answers: givenAnswers,
      })
      .strict(),
    "Store a respondent's answers in a session they attended, with the scores; answering again replaces them.",
  ),
  'questionnaires.responses': method<QuestionnaireResponse[]>()(
    z.object({ trajectoryId: id, participantId: id.optional(), key: questionnaireKey.optional() }).strict(),
    'Responses in a trajectory, oldest session first, optionally of one respondent or questionnaire.',
  ),
  'questionnaires.removeResponse': method<{ removed: true }>()(byId, 'Remove a response entered by mistake.'),
  'questionnaires.scoreSeries': method<ScoreSeries>()(
    z.object({ trajectoryId: id, participantId: id.optional() }).strict(),
    "Scores over time per respondent and questionnaire, for charts (a team's anonymous answers are in groupFigures).",
  ),
  'questionnaires.groupFigures': method<GroupFigures>()(
    z.object({ trajectoryId: id }).strict(),
    "A team's anonymous questionnaires as group figures per round (mean, spread, distribution, change) and who answered; no figures below the anonymity threshold.",
  ),
  'questionnaires.anonymity': method<{ threshold: number }>()(
    z.object({}).strict(),
    'How many answers a round of a team questionnaire needs before it shows figures.',
  ),
  'questionnaires.setAnonymity': method<{ threshold: number }>()(
    z.object({ threshold: z.number().int().min(3, 'threshold_below_minimum').max(50) }).strict(),
    'Raise (or lower, never below 3) the number of answers a team round needs before it shows figures.',
  ),
};
