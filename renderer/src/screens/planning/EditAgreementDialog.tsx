import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Agreement, Trajectory } from '../../../../shared/contract';
import type { ApiError } from '../../../../shared/errors';
import { hasEveryoneOwner } from '../../../../shared/domain/trajectory';
import { focusFirstError } from '../../forms/focusFirstError';
import { apiErrorText, apiErrorToken, fieldErrorText, formErrors } from '../../i18n/validation';
import { useWrite } from '../../api/useWrite';
import { Button } from '../../ui/Button';
import { DateField } from '../../ui/DateField';
import { dateExamples } from '../../ui/dateExamples';
import { SelectField, TextAreaField, TextField } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { useNotify } from '../../ui/Toasts';
import { FormDialog } from '../trajectories/FormDialog';
import { currentParticipants, ownerLabel } from '../trajectories/labels';
import { agreementForm, dueOf, formFieldOf, ownerFromKey, ownerKey, valuesOf, type AgreementFormValues } from './agreementForm';

interface EditAgreementDialogProps {
  agreement: Agreement | null;
  trajectory: Trajectory;
  onOpenChange: (open: boolean) => void;
  onSaved: (agreement: Agreement) => void;
}

/** Correct an agreement: its wording, whose it is, when it is due; after a review the change is an amendment. */
export function EditAgreementDialog({ agreement, trajectory, onOpenChange, onSaved }: EditAgreementDialogProps) {
  const { t } = useTranslation();
  const amending = agreement?.review !== null && agreement?.review !== undefined;
  return (
    <FormDialog
      open={agreement !== null}
      onOpenChange={onOpenChange}
      title={amending ? t('planning.agreement.amendTitle') : t('planning.agreement.editTitle')}
      description={amending ? t('planning.agreement.amendIntro') : undefined}
      wide
    >
      {agreement && <EditAgreementForm agreement={agreement} trajectory={trajectory} amending={amending} onSaved={onSaved} onCancel={() => onOpenChange(false)} />}
    </FormDialog>
  );
}

const fieldOrder = ['owner', 'text', 'dueDate', 'reason'] as const;

interface FormProps {
  agreement: Agreement;
  trajectory: Trajectory;
  amending: boolean;
  onSaved: (agreement: Agreement) => void;
  onCancel: () => void;
}

function EditAgreementForm({ agreement, trajectory, amending, onSaved, onCancel }: FormProps) {
  const { t } = useTranslation();
  const write = useWrite();
  const notify = useNotify();
  const [failure, setFailure] = useState<ApiError | null>(null);
  const form = useForm<AgreementFormValues>({ resolver: zodResolver(agreementForm, formErrors), defaultValues: valuesOf(agreement), shouldFocusError: false });
  const { errors, isSubmitting } = form.formState;
  const dueKind = form.watch('dueKind');
  const label = (name: 'owner' | 'text' | 'date' | 'reason') => t(`planning.agreement.${name}`);
  const owners = [
    ...currentParticipants(trajectory.participants).map((p) => ownerKey({ kind: 'participant', participantId: p.id })),
    ...(hasEveryoneOwner(trajectory.kind) ? ['all'] : []),
    'practitioner',
  ];
  // The current owner stays choosable even when that participant has left.
  if (!owners.includes(ownerKey(agreement.owner))) owners.unshift(ownerKey(agreement.owner));

  const save = form.handleSubmit(
    async (values) => {
      setFailure(null);
      const result = await write('agreements.update', {
        id: agreement.id,
        ...(values.owner === ownerKey(agreement.owner) ? {} : { owner: ownerFromKey(values.owner) }),
        text: values.text,
        due: dueOf(values),
        ...(values.dueKind === 'date' && values.alreadyDue ? { alreadyDue: true } : {}),
        ...(amending && values.reason.trim() !== '' ? { reason: values.reason } : {}),
      });
      if (result.ok) {
        notify(t('planning.agreement.saved'));
        onSaved(result.value);
        return;
      }
      const field = formFieldOf(result.error.field);
      if (field) form.setError(field, { type: 'server', message: apiErrorToken(result.error) }, { shouldFocus: true });
      else setFailure(result.error);
    },
    (invalid) => focusFirstError(fieldOrder, invalid, form.setFocus),
  );

  return (
    <form noValidate onSubmit={(event) => void save(event)}>
      {failure && <Notice tone="error">{apiErrorText(t, failure)}</Notice>}
      <TextAreaField label={label('text')} required rows={2} maxLength={2000} error={fieldErrorText(t, errors.text, label('text'))} {...form.register('text')} />
      <div className="field-grid">
        <SelectField label={label('owner')} error={fieldErrorText(t, errors.owner, label('owner'))} {...form.register('owner')}>
          {owners.map((key) => (
            <option key={key} value={key}>
              {ownerLabel(t, ownerFromKey(key), trajectory.participants, trajectory.kind)}
            </option>
          ))}
        </SelectField>
        <fieldset className="due-choice">
          <legend className="field-label">{t('planning.agreement.dueKind')}</legend>
          <div className="radio-group">
            <label className="radio">
              <input type="radio" value="next_session" {...form.register('dueKind')} />
              <span>{t('planning.agreement.dueNext')}</span>
            </label>
            <label className="radio">
              <input type="radio" value="date" {...form.register('dueKind')} />
              <span>{t('planning.agreement.dueDate')}</span>
            </label>
          </div>
        </fieldset>
        {dueKind === 'date' && (
          <Controller
            control={form.control}
            name="dueDate"
            render={({ field }) => <DateField label={label('date')} example={dateExamples.inTwoWeeks()} error={fieldErrorText(t, errors.dueDate, label('date'))} {...field} />}
          />
        )}
      </div>
      {dueKind === 'date' && (
        <label className="checkbox already-due">
          <input type="checkbox" {...form.register('alreadyDue')} />
          <span>{t('planning.agreement.alreadyDue')}</span>
        </label>
      )}
      {amending && (
        <TextField
          label={label('reason')}
          hint={t('planning.agreement.reasonHint')}
          maxLength={500}
          error={fieldErrorText(t, errors.reason, label('reason'))}
          {...form.register('reason')}
        />
      )}
      <div className="dialog-actions">
        <Button variant="quiet" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" variant="primary" icon="check" disabled={isSubmitting}>
          {t('planning.agreement.save')}
        </Button>
      </div>
    </form>
  );
}
