import type { FieldErrors, FieldValues, Path, UseFormSetFocus } from 'react-hook-form';

/**
 * Focus the first wrong field in reading order. react-hook-form's own shouldFocusError follows
 * registration order, which puts a Controller-driven field (the date) after every plain one.
 */
export function focusFirstError<Values extends FieldValues>(
  order: readonly Path<Values>[],
  errors: FieldErrors<Values>,
  setFocus: UseFormSetFocus<Values>,
): void {
  const first = order.find((name) => name in errors);
  if (first) setFocus(first);
}
