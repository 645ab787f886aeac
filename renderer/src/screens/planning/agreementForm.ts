import { z } from 'zod';
import type { Agreement } from '../../../../shared/contract';
import { requiredText } from '../../../../shared/contract/fields';
import type { AgreementDue, AgreementOwner } from '../../../../shared/domain/agreement';
import { isRealLocalDateTime } from '../../../../shared/domain/calendar';

/** An agreement as a form holds it: whose (a key), what, and when it is due; core decides whether a date is acceptable. */
export const agreementForm = z
  .object({
    owner: z.string().min(1).max(40),
    text: requiredText(2000),
    dueKind: z.enum(['next_session', 'date']),
    dueDate: z.string().max(40),
    /** Ticked on purpose: a due date in the past is meant (core refuses it otherwise). */
    alreadyDue: z.boolean(),
    reason: z.string().max(500),
  })
  .superRefine((values, ctx) => {
    if (values.dueKind !== 'date') return;
    if (values.dueDate === '') ctx.addIssue({ code: 'custom', path: ['dueDate'], message: 'required' });
    else if (!/^\d{4}-\d{2}-\d{2}$/.test(values.dueDate) || !isRealLocalDateTime(values.dueDate)) {
      ctx.addIssue({ code: 'custom', path: ['dueDate'], message: 'date' });
    }
  });
export type AgreementFormValues = z.infer<typeof agreementForm>;

export function ownerFromKey(key: string): AgreementOwner {
  if (key === 'all' || key === 'practitioner') return { kind: key };
  return { kind: 'participant', participantId: Number(key.slice(2)) };
}

export function ownerKey(owner: AgreementOwner): string {
  return owner.kind === 'participant' ? `p:${owner.participantId}` : owner.kind;
}

export function dueOf(values: Pick<AgreementFormValues, 'dueKind' | 'dueDate'>): AgreementDue {
  return values.dueKind === 'date' ? { kind: 'date', date: values.dueDate } : { kind: 'next_session' };
}

export function valuesOf(agreement: Agreement): AgreementFormValues {
  return {
    owner: ownerKey(agreement.owner),
    text: agreement.text,
    dueKind: agreement.due.kind === 'date' ? 'date' : 'next_session',
    dueDate: agreement.due.kind === 'date' ? agreement.due.date : '',
    alreadyDue: false,
    reason: '',
  };
}

/** Core names a due date as `due.date` (or `due`); on the form that is the date field. */
export function formFieldOf(field: string | undefined): 'owner' | 'text' | 'dueDate' | 'reason' | null {
  if (field === 'due.date' || field === 'due') return 'dueDate';
  return field === 'owner' || field === 'text' || field === 'reason' ? field : null;
}
