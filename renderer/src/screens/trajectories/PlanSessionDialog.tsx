import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Session, TrajectoryDetail } from '../../../../shared/contract';
import { sessionKinds } from '../../../../shared/domain/session';
import type { ApiError } from '../../../../shared/errors';
import { applyApiError } from '../../forms/applyApiError';
import { focusFirstError } from '../../forms/focusFirstError';
import { apiErrorText, formErrors } from '../../i18n/validation';
import { useCall } from '../../session/SessionContext';
import { Button } from '../../ui/Button';
import { DateField } from '../../ui/DateField';
import { dateExamples } from '../../ui/dateExamples';
import { SelectField, TextField } from '../../ui/Field';
import { Icon } from '../../ui/Icon';
import { Notice } from '../../ui/Notice';
import { fieldText } from './fieldText';
import { FormDialog } from './FormDialog';
import { currentParticipants, shortName } from './labels';
import { durations, sessionPlanSchema, toSessionInput, type SessionPlanValues } from './sessionPlan';

interface PlanSessionDialogProps {
  open: boolean;
  onOpenChange(open: boolean): void;
  detail: TrajectoryDetail;
  onPlanned(session: Session): void;
}

/** Plan a session: when, how long, what kind, and who comes; joint or individual is said in words. */
export function PlanSessionDialog({ open, onOpenChange, detail, onPlanned }: PlanSessionDialogProps) {
  const { t } = useTranslation();
  return (
    <FormDialog open={open} onOpenChange={onOpenChange} title={t('trajectories.plan.title')} wide>
      {open && <PlanSessionForm detail={detail} onPlanned={onPlanned} onCancel={() => onOpenChange(false)} />}
    </FormDialog>
  );
}

const fieldNames = ['date', 'time', 'durationMinutes', 'kind', 'attendeeIds'] as const;

function PlanSessionForm({ detail, onPlanned, onCancel }: { detail: TrajectoryDetail; onPlanned(session: Session): void; onCancel(): void }) {
  const { t } = useTranslation();
  const call = useCall();
  const [failure, setFailure] = useState<ApiError | null>(null);
  const { trajectory } = detail;
  const participants = currentParticipants(trajectory.participants);
  const form = useForm<SessionPlanValues>({
    resolver: zodResolver(sessionPlanSchema, formErrors),
    defaultValues: {
      date: '',
      time: '',
      durationMinutes: '60',
      kind: detail.sessions.length === 0 ? 'intake' : 'regular',
      attendeeIds: participants.map((p) => p.id),
    },
    criteriaMode: 'all',
    shouldFocusError: false,
  });
  const { errors, isSubmitting } = form.formState;
  const attendeeIds = form.watch('attendeeIds');
  const chosen = participants.filter((p) => attendeeIds.includes(p.id));
  const label = (name: string) => t(`trajectories.plan.${name as 'date'}`);

  const save = form.handleSubmit(
    async (values) => {
      setFailure(null);
      const result = await call('sessions.create', toSessionInput(trajectory.id, values));
      if (result.ok) onPlanned(result.value);
      else if (!applyApiError(result.error, fieldNames, form.setError)) setFailure(result.error);
    },
    (invalid) => {
      if (fieldNames.find((name) => name in invalid) === 'attendeeIds') {
        document.querySelector<HTMLInputElement>('.attendee-choices input')?.focus();
      } else focusFirstError(fieldNames, invalid, form.setFocus);
    },
  );

  return (
    <form noValidate onSubmit={(event) => void save(event)}>
      {participants.length === 0 && <Notice tone="info">{t('trajectories.plan.noParticipants')}</Notice>}
      {failure && <Notice tone="error">{apiErrorText(t, failure)}</Notice>}
      <div className="field-grid">
        <Controller
          control={form.control}
          name="date"
          render={({ field }) => <DateField label={label('date')} example={dateExamples.nextWeek()} error={fieldText(t, errors.date, label('date'))} {...field} />}
        />
        <TextField
          label={label('time')}
          hint={t('trajectories.plan.timeHint')}
          error={fieldText(t, errors.time, label('time'))}
          inputMode="numeric"
          autoComplete="off"
          maxLength={5}
          className="time-field"
          {...form.register('time')}
        />
        <SelectField label={label('duration')} error={fieldText(t, errors.durationMinutes, label('duration'))} {...form.register('durationMinutes')}>
          {durations.map((minutes) => (
            <option key={minutes} value={String(minutes)}>
              {t('trajectories.plan.minutes', { count: minutes })}
            </option>
          ))}
        </SelectField>
        <SelectField label={label('kind')} error={fieldText(t, errors.kind, label('kind'))} {...form.register('kind')}>
          {sessionKinds.map((kind) => (
            <option key={kind} value={kind}>
              {t(`trajectories.sessionKind.${kind}`)}
            </option>
          ))}
        </SelectField>
      </div>
      <fieldset className="attendee-choices" aria-describedby={errors.attendeeIds ? 'attendees-error' : undefined}>
        <legend>{t('trajectories.plan.attendees')}</legend>
        <Controller
          control={form.control}
          name="attendeeIds"
          render={({ field }) => (
            <div className="checkbox-list">
              {participants.map((p) => (
                <label key={p.id} className="checkbox">
                  <input
                    type="checkbox"
                    checked={field.value.includes(p.id)}
                    onChange={(event) =>
                      field.onChange(event.target.checked ? [...field.value, p.id] : field.value.filter((id) => id !== p.id))
                    }
                  />
                  <span>
                    {p.displayName} <span className="muted">({t(`trajectories.role.${p.role}`)})</span>
                  </span>
                </label>
              ))}
            </div>
          )}
        />
        {errors.attendeeIds && (
          <p id="attendees-error" className="field-error">
            <Icon name="alert" />
            <span>{fieldText(t, errors.attendeeIds as never, t('trajectories.plan.attendees'))}</span>
          </p>
        )}
        {trajectory.kind !== 'individual' && chosen.length > 0 && (
          <p className={chosen.length === 1 ? 'audience-preview audience-individual' : 'audience-preview'} aria-live="polite">
            {chosen.length === 1
              ? t('trajectories.plan.becomesIndividual', { name: shortName(chosen[0]!) })
              : t('trajectories.plan.becomesJoint')}
          </p>
        )}
      </fieldset>
      <div className="dialog-actions">
        <Button variant="quiet" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" variant="primary" icon="check" disabled={isSubmitting || participants.length === 0}>
          {t('trajectories.plan.submit')}
        </Button>
      </div>
    </form>
  );
}
