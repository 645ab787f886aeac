import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { RepairPlan, TrajectoryDetail } from '../../../../shared/contract';
import { repairPlanStatuses } from '../../../../shared/domain/goal';
import type { ApiError } from '../../../../shared/errors';
import { applyApiError } from '../../forms/applyApiError';
import { focusFirstError } from '../../forms/focusFirstError';
import { apiErrorText, fieldErrorText, formErrors } from '../../i18n/validation';
import { useWrite } from '../../api/useWrite';
import { Button } from '../../ui/Button';
import { DateField } from '../../ui/DateField';
import { dateExamples } from '../../ui/dateExamples';
import { SelectField, TextField } from '../../ui/Field';
import { Icon } from '../../ui/Icon';
import { Notice } from '../../ui/Notice';
import { FormDialog } from './FormDialog';
import { ownerLabel } from './labels';
import {
  initialRepairPlanValues,
  repairPlanFormSchema,
  toRepairPlanCreate,
  toRepairPlanUpdate,
  type RepairPlanFormValues,
} from './repairPlanForm';

interface RepairPlanDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  detail: TrajectoryDetail;
  plan?: RepairPlan | undefined;
  onSaved: (plan: RepairPlan) => void;
}

const fieldNames = ['title', 'whatHappened', 'acknowledgedOn', 'status', 'agreementIds', 'goalIds'] as const;

/** A repair plan after a breach of trust: what happened (private), its acknowledgement, the repair actions and goals. */
export function RepairPlanDialog({ open, onOpenChange, detail, plan, onSaved }: RepairPlanDialogProps) {
  const { t } = useTranslation();
  return (
    <FormDialog open={open} onOpenChange={onOpenChange} title={plan ? t('trajectories.repair.editTitle') : t('trajectories.repair.newTitle')} wide>
      {open && <RepairPlanForm detail={detail} plan={plan} onSaved={onSaved} onCancel={() => onOpenChange(false)} />}
    </FormDialog>
  );
}

function RepairPlanForm({ detail, plan, onSaved, onCancel }: Omit<RepairPlanDialogProps, 'open' | 'onOpenChange'> & { onCancel: () => void }) {
  const { t } = useTranslation();
  const write = useWrite();
  const privateId = useId();
  const [failure, setFailure] = useState<ApiError | null>(null);
  const form = useForm<RepairPlanFormValues>({
    resolver: zodResolver(repairPlanFormSchema, formErrors),
    defaultValues: initialRepairPlanValues(plan),
    criteriaMode: 'all',
    shouldFocusError: false,
  });
  const { errors, isSubmitting } = form.formState;
  const { trajectory } = detail;
  const label = (name: (typeof fieldNames)[number]) => t(`trajectories.repair.fields.${name}`);
  const error = (name: (typeof fieldNames)[number]) => fieldErrorText(t, errors[name] as never, label(name));

  const save = form.handleSubmit(
    async (values) => {
      setFailure(null);
      const result = plan
        ? await write('repairPlans.update', toRepairPlanUpdate(plan.id, values))
        : await write('repairPlans.create', toRepairPlanCreate(trajectory.id, values));
      if (result.ok) onSaved(result.value);
      else if (!applyApiError(result.error, fieldNames, form.setError)) setFailure(result.error);
    },
    (invalid) => focusFirstError(fieldNames, invalid, form.setFocus),
  );

  return (
    <form noValidate onSubmit={(event) => void save(event)}>
      {failure && <Notice tone="error">{apiErrorText(t, failure)}</Notice>}
      <div className="stack">
        <TextField label={label('title')} hint={t('trajectories.repair.titleHint')} error={error('title')} required maxLength={200} autoComplete="off" {...form.register('title')} />
        <div className={errors.whatHappened ? 'field private-field field-invalid' : 'field private-field'}>
          <label htmlFor={privateId} className="field-label private-label">
            <Icon name="lock" />
            <span>{label('whatHappened')}</span>
            <span className="private-tag">{t('trajectories.private')}</span>
          </label>
          <p id={`${privateId}-hint`} className="field-hint">
            {t('trajectories.repair.whatHappenedHint')}
          </p>
          <textarea id={privateId} rows={5} maxLength={20000} aria-describedby={`${privateId}-hint`} {...form.register('whatHappened')} />
        </div>
        <div className="field-grid">
          <Controller
            control={form.control}
            name="acknowledgedOn"
            render={({ field }) => <DateField label={label('acknowledgedOn')} example={dateExamples.today()} error={error('acknowledgedOn')} {...field} />}
          />
          <SelectField label={label('status')} error={error('status')} {...form.register('status')}>
            {repairPlanStatuses.map((status) => (
              <option key={status} value={status}>
                {t(`trajectories.repairStatus.${status}`)}
              </option>
            ))}
          </SelectField>
        </div>
        <Controller
          control={form.control}
          name="agreementIds"
          render={({ field }) => (
            <fieldset className="link-choices">
              <legend>{label('agreementIds')}</legend>
              <p className="field-hint">{t('trajectories.repair.actionsHint')}</p>
              {detail.agreements.length === 0 ? (
                <p className="muted">{t('trajectories.repair.noAgreements')}</p>
              ) : (
                <div className="checkbox-list">
                  {detail.agreements.map((a) => (
                    <label key={a.id} className="checkbox">
                      <input
                        type="checkbox"
                        checked={field.value.includes(a.id)}
                        onChange={(event) =>
                          field.onChange(event.target.checked ? [...field.value, a.id] : field.value.filter((id) => id !== a.id))
                        }
                      />
                      <span>
                        {a.text}{' '}
                        <span className="muted small">({ownerLabel(t, a.owner, trajectory.participants, trajectory.kind)})</span>
                      </span>
                    </label>
                  ))}
                </div>
              )}
            </fieldset>
          )}
        />
        <Controller
          control={form.control}
          name="goalIds"
          render={({ field }) => (
            <fieldset className="link-choices">
              <legend>{label('goalIds')}</legend>
              {detail.goals.length === 0 ? (
                <p className="muted">{t('trajectories.repair.noGoals')}</p>
              ) : (
                <div className="checkbox-list">
                  {detail.goals.map((g) => (
                    <label key={g.id} className="checkbox">
                      <input
                        type="checkbox"
                        checked={field.value.includes(g.id)}
                        onChange={(event) =>
                          field.onChange(event.target.checked ? [...field.value, g.id] : field.value.filter((id) => id !== g.id))
                        }
                      />
                      <span>{g.title}</span>
                    </label>
                  ))}
                </div>
              )}
            </fieldset>
          )}
        />
      </div>
      <div className="dialog-actions">
        <Button variant="quiet" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" variant="primary" icon="check" disabled={isSubmitting}>
          {plan ? t('common.save') : t('trajectories.repair.create')}
        </Button>
      </div>
    </form>
  );
}
