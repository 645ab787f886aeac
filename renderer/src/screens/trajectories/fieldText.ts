import type { TFunction } from 'i18next';
import type { FieldError } from 'react-hook-form';
import { fieldErrorText } from '../../i18n/validation';

/** Reasons only these forms give; everything else is the shared validation's sentence. */
const ownReasons = ['time', 'attendees_required', 'scale_reversed', 'outside_scale', 'ratings_outside_scale'] as const;
type OwnReason = (typeof ownReasons)[number];

export function fieldText(t: TFunction, error: FieldError | undefined, label: string): string | undefined {
  if (!error) return undefined;
  const own = [error.message, ...Object.values(error.types ?? {}).flat()].find((m): m is OwnReason =>
    (ownReasons as readonly unknown[]).includes(m),
  );
  return own ? t(`trajectories.validation.${own}`, { field: label }) : fieldErrorText(t, error, label);
}
