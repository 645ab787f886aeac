import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Goal } from '../../../../shared/contract';
import { goalStatuses, trustFactors } from '../../../../shared/domain/goal';
import type { ApiError } from '../../../../shared/errors';
import { applyApiError } from '../../forms/applyApiError';
import { focusFirstError } from '../../forms/focusFirstError';
import { apiErrorText, formErrors } from '../../i18n/validation';
import { useWrite } from '../../api/useWrite';
import { Button } from '../../ui/Button';
import { SelectField, TextAreaField, TextField } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { fieldText } from './fieldText';
import { FormDialog } from './FormDialog';
import { goalFormSchema, initialGoalValues, toGoalCreate, toGoalUpdate, type GoalFormValues } from './goalForm';

interface GoalDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  trajectoryId: number;
  /** Absent for a new goal. */
  goal?: Goal | undefined;
  onSaved: (goal: Goal) => void;
}

const fieldNames = ['title', 'trustFactor', 'description', 'scaleMin', 'scaleMax', 'baseline', 'target', 'status'] as const;

/** Create or change a trust goal: what, which trust factor, on what scale, from where to where. */
export function GoalDialog({ open, onOpenChange, trajectoryId, goal, onSaved }: GoalDialogProps) {
  const { t } = useTranslation();
  return (
    <FormDialog open={open} onOpenChange={onOpenChange} title={goal ? t('trajectories.goals.editTitle') : t('trajectories.goals.newTitle')} wide>
      {open && <GoalForm trajectoryId={trajectoryId} goal={goal} onSaved={onSaved} onCancel={() => onOpenChange(false)} />}
    </FormDialog>
  );
}

function GoalForm({ trajectoryId, goal, onSaved, onCancel }: Omit<GoalDialogProps, 'open' | 'onOpenChange'> & { onCancel: () => void }) {
  const { t, i18n } = useTranslation();
  const write = useWrite();
  const [failure, setFailure] = useState<ApiError | null>(null);
  const form = useForm<GoalFormValues>({
    resolver: zodResolver(goalFormSchema, formErrors),
    defaultValues: initialGoalValues(i18n.language, goal),
    criteriaMode: 'all',
    shouldFocusError: false,
  });
  const { errors, isSubmitting } = form.formState;
  const label = (name: (typeof fieldNames)[number]) => t(`trajectories.goals.fields.${name}`);
  const error = (name: (typeof fieldNames)[number]) => fieldText(t, errors[name], label(name));

  const save = form.handleSubmit(
    async (values) => {
      setFailure(null);
      const result = goal ? await write('goals.update', toGoalUpdate(goal.id, values)) : await write('goals.create', toGoalCreate(trajectoryId, values));
      if (result.ok) {
        onSaved(result.value);
        return;
      }
      // Core knows about ratings the form cannot see; say it in the form's own words.
      const own = result.error.reason;
      if (own === 'ratings_outside_scale' || own === 'outside_scale' || own === 'scale_reversed') {
        const field = fieldNames.find((name) => name === result.error.field) ?? 'scaleMin';
        form.setError(field, { type: 'server', message: own }, { shouldFocus: true });
      } else if (!applyApiError(result.error, fieldNames, form.setError)) setFailure(result.error);
    },
    (invalid) => focusFirstError(fieldNames, invalid, form.setFocus),
  );

  return (
    <form noValidate onSubmit={(event) => void save(event)}>
      {failure && <Notice tone="error">{apiErrorText(t, failure)}</Notice>}
      <div className="field-grid">
        <TextField label={label('title')} hint={t('trajectories.goals.titleHint')} error={error('title')} required maxLength={200} autoComplete="off" className="span-2" {...form.register('title')} />
        <SelectField label={label('trustFactor')} error={error('trustFactor')} {...form.register('trustFactor')}>
          {trustFactors.map((factor) => (
            <option key={factor} value={factor}>
              {t(`trajectories.trustFactor.${factor}`)}
            </option>
          ))}
        </SelectField>
        <SelectField label={label('status')} error={error('status')} {...form.register('status')}>
          {goalStatuses.map((status) => (
            <option key={status} value={status}>
              {t(`trajectories.goalStatus.${status}`)}
            </option>
          ))}
        </SelectField>
        <TextAreaField label={label('description')} error={error('description')} rows={3} maxLength={5000} className="span-2" {...form.register('description')} />
      </div>
      <fieldset className="goal-scale">
        <legend>{t('trajectories.goals.scale')}</legend>
        <p className="field-hint">{t('trajectories.goals.scaleHint')}</p>
        <div className="field-grid field-grid-narrow">
          <TextField label={label('scaleMin')} error={error('scaleMin')} inputMode="numeric" maxLength={5} autoComplete="off" {...form.register('scaleMin')} />
          <TextField label={label('scaleMax')} error={error('scaleMax')} inputMode="numeric" maxLength={5} autoComplete="off" {...form.register('scaleMax')} />
          <TextField label={label('baseline')} hint={t('trajectories.goals.optional')} error={error('baseline')} inputMode="decimal" maxLength={8} autoComplete="off" {...form.register('baseline')} />
          <TextField label={label('target')} hint={t('trajectories.goals.optional')} error={error('target')} inputMode="decimal" maxLength={8} autoComplete="off" {...form.register('target')} />
        </div>
      </fieldset>
      <div className="dialog-actions">
        <Button variant="quiet" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" variant="primary" icon="check" disabled={isSubmitting}>
          {goal ? t('common.save') : t('trajectories.goals.create')}
        </Button>
      </div>
    </form>
  );
}
