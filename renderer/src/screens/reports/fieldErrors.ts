import type { TFunction } from 'i18next';
import type { FieldError } from 'react-hook-form';
import { fieldErrorText } from '../../i18n/validation';

/** This screen's own reasons, in its own words; everything else reads like the other forms. */
const ownReasons = {
  'report.noneChosen': 'reports.sections.noneChosen',
  'report.reversed': 'reports.period.reversed',
  'report.tooShort': 'reports.password.tooShort',
  'report.mismatch': 'reports.password.mismatch',
} as const;

export function reportErrorText(t: TFunction, error: FieldError | undefined, label: string): string | undefined {
  if (!error) return undefined;
  const own = ownReasons[error.message as keyof typeof ownReasons] as (typeof ownReasons)[keyof typeof ownReasons] | undefined;
  return own ? t(own) : fieldErrorText(t, error, label);
}
