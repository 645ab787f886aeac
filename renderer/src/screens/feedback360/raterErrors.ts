import type { TFunction } from 'i18next';
import type { ApiError } from '../../../../shared/errors';
import { apiErrorText } from '../../i18n/validation';

const ownRefusals = ['one_self_only', 'one_manager_only', 'round_closed', 'rater_answered', 'no_raters_waiting', 'not_feedback360_answer_file'] as const;
const fileRefusals = ['answer_file_damaged', 'other_vault', 'form_unknown', 'already_imported', 'form_expired'] as const;

/** What core refused, in the practitioner's words: the 360 reasons, the answer-file checks, else the code. */
export function refusalText(t: TFunction, error: ApiError): string {
  const own = ownRefusals.find((r) => r === error.reason);
  if (own) return t(`feedback360.refused.${own}`);
  const file = fileRefusals.find((r) => r === error.reason);
  if (file) return t(`forms.sealed.refused.${file}`);
  return apiErrorText(t, error);
}
