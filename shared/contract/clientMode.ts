import { z } from 'zod';
import { questionnaireKey, type LocalizedText, type QuestionnaireDefinition } from '../questionnaires/definition';
import { method } from './define';
import { empty, id, type Language } from './fields';
import type { ClientAddress } from './practice';
import { givenAnswers, type QuestionnaireResponse } from './questionnaires';
import { credentials } from './vault';

/** Whether this device is handed to a client right now. Only core decides; the screen follows. */
export interface ClientModeStatus {
  active: boolean;
  /** Where the device was handed over (ids only): where the practitioner comes back to. */
  trajectoryId: number | null;
  sessionId: number | null;
}

/** All the client screen gets: one questionnaire, in the client's language, and their own first name. */
export interface ClientModeQuestionnaire {
  firstName: string;
  language: Language;
  /** How the practice addresses clients in Dutch. */
  address: ClientAddress;
  definition: QuestionnaireDefinition;
  /** The practice's own item text of a scoring-only questionnaire. */
  practiceItemTexts: Record<string, LocalizedText>;
  /** true once the answers are stored: the screen says thank you and asks nothing more. */
  answered: boolean;
}

/** What the practitioner gets back on leaving: where to look, and the answers if any were given. */
export interface ClientModeLeft {
  trajectoryId: number;
  sessionId: number | null;
  participantId: number;
  /** As the practitioner's screens see it: a team's anonymous answer shows who answered, not what. */
  response: QuestionnaireResponse | null;
}

export const clientModeMethods = {
  'clientMode.start': method<ClientModeStatus>()(
    z
      .object({
        trajectoryId: id,
        participantId: id,
        questionnaireKey,
        /** From the session workspace: the answers belong to this session (the participant attends it). */
        sessionId: id.optional(),
      })
      .strict(),
    'Hand the device to a client: until the passphrase is given, only this questionnaire can be read and answered.',
  ),
  'clientMode.status': method<ClientModeStatus>()(empty, 'Whether client mode is on.'),
  'clientMode.questionnaire': method<ClientModeQuestionnaire>()(empty, 'The questionnaire of client mode, in the client’s language.'),
  'clientMode.submit': method<{ stored: true }>()(
    z.object({ answers: givenAnswers }).strict(),
    'Store the client’s answers for their participant (once), as a questionnaire response.',
  ),
  'clientMode.leave': method<ClientModeLeft>()(
    credentials,
    'End client mode with the practitioner’s passphrase or recovery key; a wrong one changes nothing.',
  ),
};
