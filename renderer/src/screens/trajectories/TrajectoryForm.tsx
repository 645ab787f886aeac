import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Controller, useController, useForm, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Trajectory } from '../../../../shared/contract';
import { trajectoryKinds, trajectoryStatuses, wgboRetentionYears } from '../../../../shared/domain/trajectory';
import type { ApiError } from '../../../../shared/errors';
import { applyApiError } from '../../forms/applyApiError';
import { apiErrorText, fieldErrorText, formErrors } from '../../i18n/validation';
import { DateField } from '../../ui/DateField';
import { dateExamples } from '../../ui/dateExamples';
import { SelectField, TextField } from '../../ui/Field';
import { FormActions } from '../../ui/FormActions';
import { Notice } from '../../ui/Notice';
import { fullName } from '../clients/clientName';
import { ParticipantPicker, type ParticipantRow } from './ParticipantPicker';
import {
  fitRoles,
  initialFormValues,
  trajectoryFormSchema,
  type ParticipantProblem,
  type TrajectoryFormValues,
} from './trajectoryForm';

// In reading order: the first wrong one gets the focus.
const fieldNames = [
  'kind',
  'title',
  'participants',
  'status',
  'startDate',
  'checkInWeeks',
  'retentionYears',
] as const satisfies readonly Path<TrajectoryFormValues>[];
type FieldName = (typeof fieldNames)[number];

/** For an existing trajectory the participants change at once, through the page around the form. */
export interface ParticipantControl {
  rows: ParticipantRow[];
  onAdd: Parameters<typeof ParticipantPicker>[0]['onAdd'];
  onRemove: (row: ParticipantRow) => void;
  busy: boolean;
  problem?: string | undefined;
}

interface TrajectoryFormProps {
  trajectory?: Trajectory;
  participantControl?: ParticipantControl;
  /** For an existing trajectory: its check-in questionnaires, which also change at once. */
  checkIns?: ReactNode;
  submitLabel: string;
  /** Returns core's error, or null when saved. */
  onSubmit: (values: TrajectoryFormValues) => Promise<ApiError | null>;
  onCancel: () => void;
}

/** A trajectory's kind, title, participants, status, dates, check-in interval and retention term. */
export function TrajectoryForm({ trajectory, participantControl, checkIns, submitLabel, onSubmit, onCancel }: TrajectoryFormProps) {
  const { t } = useTranslation();
  const mode = trajectory ? 'edit' : 'create';
  const [failure, setFailure] = useState<ApiError | null>(null);
  const participantsRef = useRef<HTMLDivElement>(null);
  const form = useForm<TrajectoryFormValues>({
    resolver: zodResolver(trajectoryFormSchema(mode), formErrors),
    defaultValues: initialFormValues(trajectory),
    criteriaMode: 'all',
    shouldFocusError: false,
  });
  const { errors, isSubmitting } = form.formState;
  const { setFocus, setValue, getValues } = form;
  const participants = useController({ control: form.control, name: 'participants' });
  const kind = form.watch('kind');
  const retentionProfile = form.watch('retentionProfile');

  useEffect(() => {
    if (!trajectory) setFocus('title');
  }, [trajectory, setFocus]);

  // A new kind keeps the picked people, in roles that fit it.
  useEffect(() => {
    const current = getValues('participants');
    const fitted = fitRoles(kind, current);
    if (fitted.some((p, i) => p.role !== current[i]?.role)) setValue('participants', fitted);
  }, [kind, getValues, setValue]);

  const error = (name: Exclude<FieldName, 'participants'>, label: string) => fieldErrorText(t, errors[name], label);
  const participantsError = errors.participants?.message ?? errors.participants?.root?.message;
  const problemText = participantsError
    ? t(`trajectories.form.problem.${participantsError as ParticipantProblem}`, { defaultValue: t('validation.summary') })
    : undefined;

  const save = form.handleSubmit(
    async (values) => {
      setFailure(null);
      const problem = await onSubmit(values);
      if (problem && !applyApiError(problem, fieldNames, form.setError)) setFailure(problem);
    },
    (invalid) => {
      const first = fieldNames.find((name) => name in invalid);
      if (first === 'participants') participantsRef.current?.querySelector<HTMLElement>('input[type="search"]')?.focus();
      else if (first) setFocus(first);
    },
  );

  const createRows: ParticipantRow[] = participants.field.value.map((p) => ({
    key: String(p.clientId),
    clientId: p.clientId,
    name: p.name,
    role: p.role,
  }));

  return (
    <form className="client-form trajectory-form" onSubmit={(event) => void save(event)} noValidate>
      {Object.keys(errors).length > 0 && <Notice tone="error">{t('validation.summary')}</Notice>}
      {failure && <Notice tone="error">{apiErrorText(t, failure)}</Notice>}
      <fieldset>
        <legend>{t('trajectories.form.about')}</legend>
        {trajectory ? (
          <p>
            <span className="field-label">{t('trajectories.form.kind')}: </span>
            {t(`trajectories.kind.${trajectory.kind}`)}
          </p>
        ) : (
          <div className="field">
            <span className="field-label" id="trajectory-kind-label">
              {t('trajectories.form.kind')}
            </span>
            <div className="radio-group" role="radiogroup" aria-labelledby="trajectory-kind-label">
              {trajectoryKinds.map((k) => (
                <label key={k} className="radio radio-described">
                  <input type="radio" value={k} {...form.register('kind')} />
                  <span>
                    {t(`trajectories.kind.${k}`)}
                    <span className="radio-hint">{t(`trajectories.form.kindHint.${k}`)}</span>
                  </span>
                </label>
              ))}
            </div>
          </div>
        )}
        <TextField
          label={t('trajectories.form.title')}
          hint={t('trajectories.form.titleHint')}
          error={error('title', t('trajectories.form.title'))}
          required
          maxLength={200}
          autoComplete="off"
          className="trajectory-title-field"
          {...form.register('title')}
        />
      </fieldset>
      <div ref={participantsRef}>
        {participantControl ? (
          <ParticipantPicker
            kind={kind}
            rows={participantControl.rows}
            onAdd={participantControl.onAdd}
            onRemove={participantControl.onRemove}
            busy={participantControl.busy}
            problem={participantControl.problem}
          />
        ) : (
          <ParticipantPicker
            kind={kind}
            rows={createRows}
            problem={problemText}
            onAdd={(client, role) =>
              participants.field.onChange([...participants.field.value, { clientId: client.id, name: fullName(client), role }])
            }
            onRemove={(row) => participants.field.onChange(participants.field.value.filter((p) => p.clientId !== row.clientId))}
            onRoleChange={(row, role) =>
              participants.field.onChange(participants.field.value.map((p) => (p.clientId === row.clientId ? { ...p, role } : p)))
            }
          />
        )}
      </div>
      <fieldset>
        <legend>{t('trajectories.form.planning')}</legend>
        <div className="field-grid">
          <SelectField label={t('trajectories.form.status')} error={error('status', t('trajectories.form.status'))} {...form.register('status')}>
            {trajectoryStatuses.map((status) => (
              <option key={status} value={status}>
                {t(`trajectories.status.${status}`)}
              </option>
            ))}
          </SelectField>
          <Controller
            control={form.control}
            name="startDate"
            render={({ field }) => (
              <DateField label={t('trajectories.form.startDate')} example={dateExamples.today()} error={error('startDate', t('trajectories.form.startDate'))} {...field} />
            )}
          />
          <TextField
            label={t('trajectories.form.checkInWeeks')}
            hint={t('trajectories.form.checkInWeeksHint')}
            error={error('checkInWeeks', t('trajectories.form.checkInWeeks'))}
            inputMode="numeric"
            maxLength={3}
            autoComplete="off"
            className="number-field"
            {...form.register('checkInWeeks')}
          />
        </div>
      </fieldset>
      {checkIns}
      <fieldset>
        <legend>{t('trajectories.form.retention')}</legend>
        <p className="field-hint">{t('trajectories.form.retentionHint')}</p>
        <div className="radio-group" role="radiogroup" aria-label={t('trajectories.form.retention')}>
          <label className="radio">
            <input type="radio" value="wgbo" {...form.register('retentionProfile')} />
            <span>{t('trajectories.form.retentionWgbo', { years: wgboRetentionYears })}</span>
          </label>
          <label className="radio">
            <input type="radio" value="custom" {...form.register('retentionProfile')} />
            <span>{t('trajectories.form.retentionCustom')}</span>
          </label>
        </div>
        {retentionProfile === 'custom' && (
          <TextField
            label={t('trajectories.form.retentionYears')}
            error={error('retentionYears', t('trajectories.form.retentionYears'))}
            inputMode="numeric"
            maxLength={3}
            autoComplete="off"
            className="number-field retention-years"
            {...form.register('retentionYears')}
          />
        )}
      </fieldset>
      <FormActions submitLabel={submitLabel} saving={isSubmitting} savingLabel={t('trajectories.form.saving')} onCancel={onCancel} />
    </form>
  );
}
