import { questionnaireDefinition, type QuestionnaireDefinition } from '../definition';
import { gad7, phq9 } from './phq';
import { rempelTrust } from './rempelTrust';
import { teamCheckIn } from './teamCheckIn';
import { teamPsychologicalSafety } from './teamPsychologicalSafety';
import { trustCheckIn } from './trustCheckIn';
import { trust360 } from './trust360';

/** Built-in questionnaires, parsed by the same schema as custom ones (a mistake here fails at start-up and in tests). */
export const builtinQuestionnaires: readonly QuestionnaireDefinition[] = [
  trustCheckIn,
  phq9,
  gad7,
  rempelTrust,
  teamPsychologicalSafety,
  trust360,
  teamCheckIn,
].map((definition) => questionnaireDefinition.parse(definition));

export function findBuiltin(key: string): QuestionnaireDefinition | undefined {
  return builtinQuestionnaires.find((q) => q.key === key);
}

/** Custom questionnaires get keys with this prefix, so they never clash with a built-in added later. */
export const customKeyPrefix = 'custom-';
