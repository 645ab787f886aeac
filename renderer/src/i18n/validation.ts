import type { TFunction } from 'i18next';
import type { FieldError } from 'react-hook-form';
import type { z } from 'zod';
import { errorCodes, type ApiError, type ErrorCode } from '../../../shared/errors';

/*
 * Zod messages in forms are reason tokens ("required", "too_long|100"), not text: the screen turns
 * a token into a sentence in the chosen language that names the field. The contract's own custom
 * messages ("phone", "date", "passphrase_too_short") are tokens already.
 */

export type ValidationReason =
  | 'required'
  | 'too_short'
  | 'too_long'
  | 'too_long_plain'
  | 'too_small_number'
  | 'too_big_number'
  | 'number'
  | 'whole_number'
  | 'email'
  | 'phone'
  | 'date'
  | 'date_in_future'
  | 'date_too_early'
  | 'date_out_of_range'
  | 'due_in_past'
  | 'due_before_made'
  | 'passphrase_too_short'
  | 'passphrase_mismatch'
  | 'threshold_below_minimum'
  | 'control_character'
  | 'bidi_override'
  | 'lone_surrogate'
  | 'invalid';

const knownReasons = new Set<string>([
  'required',
  'too_short',
  'too_long',
  'too_long_plain',
  'too_small_number',
  'too_big_number',
  'number',
  'whole_number',
  'email',
  'phone',
  'date',
  'date_in_future',
  'date_too_early',
  'date_out_of_range',
  'due_in_past',
  'due_before_made',
  'passphrase_too_short',
  'passphrase_mismatch',
  'threshold_below_minimum',
  'control_character',
  'bidi_override',
  'lone_surrogate',
  'invalid',
]);

/** The "may be left empty" branch of `'' | email`: never the interesting reason. */
const emptyAllowed = 'empty_allowed';

function reasonOf(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'required';
      if (issue.expected === 'int') return 'whole_number';
      return issue.expected === 'number' ? 'number' : 'invalid';
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? 'required' : `too_short|${issue.minimum}`;
      return `too_small_number|${issue.minimum}`;
    case 'too_big':
      return issue.origin === 'string' ? `too_long|${issue.maximum}` : `too_big_number|${issue.maximum}`;
    case 'invalid_format':
      return issue.format === 'email' ? 'email' : 'invalid';
    case 'invalid_value':
      return issue.values.length === 1 && issue.values[0] === '' ? emptyAllowed : 'invalid';
    case 'custom':
    case 'invalid_element':
    case 'invalid_key':
    case 'invalid_union':
    case 'not_multiple_of':
    case 'unrecognized_keys':
      return 'invalid';
  }
}

/** Parse options for `zodResolver(schema, formErrors)`. */
export const formErrors = { error: (issue: z.core.$ZodRawIssue) => reasonOf(issue) };

/** With criteriaMode 'all' a union field lists every branch's reason; pick the one that explains. */
function tokenOf(error: FieldError): string {
  const candidates = [error.message, ...Object.values(error.types ?? {}).flat()].filter(
    (m): m is string => typeof m === 'string' && m !== emptyAllowed,
  );
  return candidates.find((m) => m !== 'invalid') ?? candidates[0] ?? 'invalid';
}

function sentence(t: TFunction, token: string, label: string): string {
  const [reason = 'invalid', param = ''] = token.split('|');
  if (reason === 'api' && isErrorCode(param)) return t(`errors.${param}`);
  const key = knownReasons.has(reason) ? (reason as ValidationReason) : 'invalid';
  return t(`validation.${key}`, { field: label, min: param, max: param });
}

function isErrorCode(code: string): code is ErrorCode {
  return (errorCodes as readonly string[]).includes(code);
}

/** A react-hook-form field error as a sentence that names the field. */
export function fieldErrorText(t: TFunction, error: FieldError | undefined, label: string): string | undefined {
  if (!error) return undefined;
  return sentence(t, tokenOf(error), label);
}

/** Core's answer about one field, as a token for `setError`, in the same words as the form's own checks. */
export function apiErrorToken(error: ApiError): string {
  if (error.code !== 'INVALID_INPUT') return `api|${error.code}`;
  switch (error.reason) {
    case 'too_small':
      return 'required';
    case 'too_big':
      return 'too_long_plain';
    case 'invalid_union':
    case 'invalid_format':
    case undefined:
      return 'invalid';
    default:
      return error.reason;
  }
}

/** Any error from core as one translated sentence; never a stack trace, never raw client data. */
export function apiErrorText(t: TFunction, error: ApiError): string {
  if (error.code === 'INTERNAL' && (error.reason === 'unreachable' || error.reason === 'no_token' || error.reason === 'core_stopped')) {
    return t(`errors.${error.reason}`);
  }
  return t(`errors.${error.code}`);
}
