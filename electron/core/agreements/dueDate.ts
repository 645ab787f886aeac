import type { AgreementDue } from '../../../shared/domain/agreement';
import { AppError } from '../../../shared/errors';

/**
 * A due date lies on or after the session the agreement was made in, and not before today unless
 * the practitioner deliberately records one that has already passed (an older session entered later):
 * 01-01-2020 typed by mistake would otherwise show as overdue everywhere.
 */
export function checkDue(due: AgreementDue, when: { today: string; madeOn: string; alreadyDue: boolean }, field: string): void {
  if (due.kind !== 'date') return;
  if (due.date < when.madeOn) {
    throw new AppError('INVALID_INPUT', 'The due date is before the session the agreement was made in.', `${field}.date`, 'due_before_made');
  }
  if (due.date < when.today && !when.alreadyDue) {
    throw new AppError('INVALID_INPUT', 'The due date has passed; mark it as already due if that is meant.', `${field}.date`, 'due_in_past');
  }
}
