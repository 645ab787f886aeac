import { z } from 'zod';
import type { LocalizedText } from '../questionnaires/definition';
import { method } from './define';
import { id, language, requiredText, type Language } from './fields';
import { maxAnswerFileLength, type SealedFormFile } from './forms';

/** Who gives feedback, seen from the person the round is about. */
export const raterRoles = ['self', 'manager', 'peer', 'direct_report', 'other'] as const;
export type RaterRole = (typeof raterRoles)[number];
/** Roles answered by more than one person: shown only as a group, and only with enough answers. */
export const groupRoles = ['peer', 'direct_report', 'other'] as const satisfies readonly RaterRole[];
export type GroupRole = (typeof groupRoles)[number];

/** Where a rater's form is: not made yet, waiting for the answer file, answered, or past its date. */
export type RaterState = 'no_form' | 'open' | 'answered' | 'expired';

export interface Feedback360Rater {
  id: number;
  roundId: number;
  /** The practitioner's own label (a name or initials): for the progress list only, never beside a score. */
  label: string;
  role: RaterRole;
  language: Language;
  state: RaterState;
}

export interface Feedback360Round {
  id: number;
  trajectoryId: number;
  participantId: number;
  title: string;
  questionnaireKey: string;
  questionnaireVersion: number;
  createdAt: string;
  closedAt: string | null;
  raters: Feedback360Rater[];
}

/** One rater's form file; `fileName` carries the rater's label so the practitioner sends it to the right person. */
export interface Feedback360FormFile extends SealedFormFile {
  raterId: number;
}

/** A column of the result: self, the manager, each group, and all others together. */
export type Feedback360Column = 'self' | 'manager' | GroupRole | 'all_others';
export const feedback360Columns = ['self', 'manager', 'peer', 'direct_report', 'other', 'all_others'] as const satisfies readonly Feedback360Column[];

/** Why a figure is not shown. */
export type HiddenBecause =
  /** Nobody in this column answered. */
  | 'no_answers'
  /** Fewer answers than the anonymity threshold. */
  | 'too_few'
  /** Enough answers, but showing it would let a smaller group be worked out from "all others". */
  | 'protects_other_group'
  /** "All others" would give away a hidden group's figure once the shown columns are taken off. */
  | 'would_reveal_group';

export type Feedback360Cell = { shown: true; score: number; count: number } | { shown: false; count: number; because: HiddenBecause };

export interface Feedback360Factor {
  key: string;
  title: LocalizedText;
  cells: Record<Feedback360Column, Feedback360Cell>;
  /** All others minus self, when both are shown: positive when others see more than the person sees. */
  gap: number | null;
}

export interface Feedback360Result {
  roundId: number;
  /** The result shows only once the round is closed, so no later answer can be worked out by comparing. */
  closed: boolean;
  answered: number;
  raterCount: number;
  threshold: number;
  scale: { min: number; max: number };
  factors: Feedback360Factor[];
  /** Factors by the size of their gap between self and all others, largest first (at most three, none below half a point). */
  biggestGaps: { key: string; title: LocalizedText; self: number; others: number; gap: number }[];
}

export interface ImportedFeedback360Answers {
  formId: string;
  roundId: number;
  raterId: number;
  role: RaterRole;
}

const raterFields = {
  label: requiredText(80),
  role: z.enum(raterRoles),
  language: language.default('nl'),
};
export const newRater = z.object(raterFields).strict();

export const feedback360Methods = {
  'feedback360.list': method<Feedback360Round[]>()(
    z.object({ trajectoryId: id }).strict(),
    'The 360 rounds of a trajectory, newest first, each with its raters and whether each answered (never what).',
  ),
  'feedback360.createRound': method<Feedback360Round>()(
    z
      .object({
        trajectoryId: id,
        participantId: id,
        title: requiredText(200),
        questionnaireKey: z.literal('trust-360').default('trust-360'),
        raters: z.array(newRater).max(60).default([]),
      })
      .strict(),
    'Start a 360 round about one participant, with its raters (a private label, a role, a language).',
  ),
  'feedback360.addRater': method<Feedback360Round>()(
    z.object({ roundId: id, ...raterFields }).strict(),
    'Add a rater to an open round; a round has at most one self and one manager.',
  ),
  'feedback360.removeRater': method<Feedback360Round>()(
    z.object({ id }).strict(),
    'Remove a rater who has not answered from an open round.',
  ),
  'feedback360.createForms': method<{ forms: Feedback360FormFile[] }>()(
    z
      .object({
        roundId: id,
        /** Default: every rater who has not answered yet. */
        raterIds: z.array(id).min(1).max(60).optional(),
        validDays: z.number().int().min(1).max(180).default(30),
      })
      .strict(),
    'Make one sealed form file per rater: the questionnaire about the person (in the first person for self), answered offline, returned encrypted.',
  ),
  'feedback360.importAnswers': method<ImportedFeedback360Answers>()(
    z.object({ content: z.string().min(1).max(maxAnswerFileLength) }).strict(),
    'Check and store a rater’s answer file: right vault, known form, not imported before, not expired, round still open.',
  ),
  'feedback360.close': method<Feedback360Round>()(
    byRound(),
    'Close a round: no more answers come in, and its result can be seen.',
  ),
  'feedback360.result': method<Feedback360Result>()(
    byRound(),
    'Self versus others per trust factor, with each group shown only when enough answered and never so that one rater can be worked out.',
  ),
};

function byRound() {
  return z.object({ roundId: id }).strict();
}
