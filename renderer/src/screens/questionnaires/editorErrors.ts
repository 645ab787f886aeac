import type { TFunction } from 'i18next';
import { get, type FieldErrors, type FieldError } from 'react-hook-form';
import { fieldErrorText } from '../../i18n/validation';
import type { EditorValues } from './editorValues';

/** The definition schema's own reasons, each with a sentence in questionnaires.errors. */
export const definitionReasons = [
  'text_missing',
  'text_not_licensed',
  'scale_max_not_above_min',
  'label_outside_scale',
  'duplicate_label',
  'duplicate_subscale',
  'duplicate_item_id',
  'unknown_subscale',
  'max_missing_not_below_item_count',
  'band_to_below_from',
  'band_outside_score_range',
  'bands_overlap_or_unordered',
  'subscale_without_items',
  'item_id',
  'key',
] as const;
type DefinitionReason = (typeof definitionReasons)[number];

function isDefinitionReason(token: string): token is DefinitionReason {
  return (definitionReasons as readonly string[]).includes(token);
}

/** One field's problem as a sentence naming the field, in the screen language. */
export function editorErrorText(t: TFunction, error: FieldError | undefined, label: string): string | undefined {
  if (!error) return undefined;
  const token = (error.message ?? '').split('|')[0] ?? '';
  if (isDefinitionReason(token)) return t(`questionnaires.errors.${token}`, { field: label });
  return fieldErrorText(t, error, label);
}

/** The error at a path, whether it sits on the field itself or on the object around it (text: {nl, en}). */
export function errorAt(errors: FieldErrors<EditorValues>, path: string): FieldError | undefined {
  const found = get<FieldErrors<EditorValues>, (FieldError & Record<string, unknown>) | undefined>(errors, path);
  if (!found) return undefined;
  if (typeof found.message === 'string') return found;
  // An object with errors inside (e.g. text.nl): the first one.
  for (const value of Object.values(found)) {
    if (value && typeof value === 'object' && typeof (value as FieldError).message === 'string') return value as FieldError;
  }
  return undefined;
}
