import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import type { ApiError } from '../../../shared/errors';
import { apiErrorToken } from '../i18n/validation';

/**
 * Put core's error on the field it names, focused, so it reads like the form's own checks.
 * Returns false when the error belongs to no field of this form: the caller shows it above the form.
 */
export function applyApiError<Values extends FieldValues>(
  error: ApiError,
  fields: readonly Path<Values>[],
  setError: UseFormSetError<Values>,
): boolean {
  const field = fields.find((name) => name === error.field);
  if (!field) return false;
  setError(field, { type: 'server', message: apiErrorToken(error) }, { shouldFocus: true });
  return true;
}
