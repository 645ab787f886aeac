import { z } from 'zod';
import { questionnaireKey } from '../questionnaires/definition';
import type { QuestionnaireResponse } from './questionnaires';
import { method } from './define';
import { id } from './fields';

/** One form file, ready to hand to a participant. */
export interface SealedFormFile {
  formId: string;
  participantId: number;
  /** A suggested file name: the questionnaire and the participant's first name. */
  fileName: string;
  /** The whole self-contained HTML file. */
  html: string;
  expiresAt: string;
}

export const selfReportedOutcomes = ['kept', 'partly_kept', 'not_kept'] as const;
export type SelfReportedOutcome = (typeof selfReportedOutcomes)[number];

/** What a participant said about their own agreement between sessions, to review in the next session. */
export interface AgreementSelfReport {
  agreementId: number;
  participantId: number;
  outcome: SelfReportedOutcome;
  reportedAt: string;
}

export interface SealedFormStatus {
  formId: string;
  participantId: number;
  questionnaireKey: string;
  createdAt: string;
  expiresAt: string;
  importedAt: string | null;
  state: 'open' | 'answered' | 'expired';
}

export interface ImportedAnswers {
  formId: string;
  trajectoryId: number;
  participantId: number;
  /** As the screens see it: a team's anonymous answer shows who answered, not what (groupOnly). */
  response: QuestionnaireResponse;
  selfReports: AgreementSelfReport[];
  /** The participant's own words, if they wrote any. */
  reflection: string;
}

/** Answer files are small; anything bigger is not one of ours. */
export const maxAnswerFileLength = 256 * 1024;

export const formMethods = {
  'forms.create': method<{ forms: SealedFormFile[] }>()(
    z
      .object({
        trajectoryId: id,
        participantIds: z.array(id).min(1).max(100),
        questionnaireKey,
        /** Add each participant's open agreements, to mark kept / partly / not yet. */
        withAgreements: z.boolean().default(false),
        /** How long the form can be answered. */
        validDays: z.number().int().min(1).max(180).default(30),
      })
      .strict(),
    'Make one sealed form file per participant: the questionnaire (and their open agreements), answered offline, returned encrypted to this vault.',
  ),
  'forms.list': method<SealedFormStatus[]>()(
    z.object({ trajectoryId: id }).strict(),
    'The sealed forms of a trajectory, newest first, with whether each came back.',
  ),
  'forms.importAnswers': method<ImportedAnswers>()(
    z.object({ content: z.string().min(1).max(maxAnswerFileLength) }).strict(),
    'Check and store an answer file: right vault, known form, not imported before, not expired; all or nothing.',
  ),
  'forms.selfReports': method<AgreementSelfReport[]>()(
    z.object({ trajectoryId: id }).strict(),
    'What participants reported about their own agreements in sealed forms, newest first.',
  ),
};
