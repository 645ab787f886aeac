import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { SeriesPreview, Session, TrajectoryDetail } from '../../../../shared/contract';
import { sessionKinds } from '../../../../shared/domain/session';
import type { ApiError } from '../../../../shared/errors';
import { applyApiError } from '../../forms/applyApiError';
import { focusFirstError } from '../../forms/focusFirstError';
import { apiErrorText, apiErrorToken, formErrors } from '../../i18n/validation';
import { useWrite } from '../../api/useWrite';
import { useFetchRead, useRead } from '../../api/useRead';
import { Button } from '../../ui/Button';
import { Icon } from '../../ui/Icon';
import { SelectField } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { useNotify } from '../../ui/Toasts';
import { SessionTimeFields } from '../planning/SessionTimeFields';
import { OverlapWarning } from '../planning/OverlapWarning';
import { SeriesFields } from '../planning/SeriesFields';
import { noSeries, toSeriesInput } from '../planning/seriesForm';
import { isOverlapRefusal, useOverlapGate } from '../planning/useOverlapGate';
import { fieldText } from './fieldText';
import { FormDialog } from './FormDialog';
import { currentParticipants, shortName } from './labels';
import { startsAtOf } from '../planning/sessionTime';
import { sessionPlanSchema, toSessionInput, type SessionPlanValues } from './sessionPlan';

interface PlanSessionDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  detail: TrajectoryDetail;
  onPlanned: (session: Session) => void;
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
const seriesFieldNames = ['everyWeeks', 'count', 'until'] as const;

function PlanSessionForm({ detail, onPlanned, onCancel }: { detail: TrajectoryDetail; onPlanned: (session: Session) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const write = useWrite();
  // The series preview and the overlap check are asked when the practitioner previews or plans, not while typing.
  const fetchRead = useFetchRead();
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
      ...noSeries,
    },
    criteriaMode: 'all',
    shouldFocusError: false,
  });
  const { errors, isSubmitting } = form.formState;
  const attendeeIds = form.watch('attendeeIds');
  const chosen = participants.filter((p) => attendeeIds.includes(p.id));
  const notify = useNotify();
  const gate = useOverlapGate();
  const [preview, setPreview] = useState<SeriesPreview | null>(null);
  const label = (name: string) => t(`trajectories.plan.${name as 'date'}`);

  const values = form.watch();
  const durationMinutes = Number(values.durationMinutes);
  const startsAt = startsAtOf(values);
  const gateKey = `${startsAt}|${values.durationMinutes}|${values.repeat ? JSON.stringify(toSeriesInput(trajectory.id, startsAt, durationMinutes, values)) : ''}`;
  const warned = gate.shownFor(gateKey);

  // A sensible default: the next free time at this trajectory's usual day and time, asked of core.
  const slot = useRead('sessions.nextFreeSlot', { trajectoryId: trajectory.id, durationMinutes: 60 }).data;
  const suggested = slot?.basis ?? null;
  useEffect(() => {
    if (!slot || form.getFieldState('date').isDirty || form.getFieldState('time').isDirty) return;
    form.setValue('date', slot.startsAt.slice(0, 10));
    form.setValue('time', slot.startsAt.slice(11, 16));
  }, [form, slot]);

  const previewSeries = async (): Promise<SeriesPreview | null> => {
    const valid = await form.trigger(['date', 'time', 'durationMinutes']);
    if (!valid) return null;
    const result = await fetchRead('sessions.previewSeries', toSeriesInput(trajectory.id, startsAt, durationMinutes, form.getValues()));
    if (!result.ok) {
      if (!applyApiError(result.error, seriesFieldNames, form.setError)) setFailure(result.error);
      setPreview(null);
      return null;
    }
    setPreview(result.value);
    return result.value;
  };

  const save = form.handleSubmit(
    async (chosen) => {
      setFailure(null);
      const verdict = await gate.mayProceed(gateKey, async () => {
        if (chosen.repeat) return (await previewSeries())?.occurrences.flatMap((o) => o.overlaps) ?? null;
        const overlaps = await fetchRead('sessions.overlaps', { startsAt, durationMinutes });
        return overlaps.ok ? overlaps.value : null;
      });
      if (verdict === 'warned') return;
      const allowOverlap = verdict === 'anyway' ? { allowOverlap: true } : {};
      if (chosen.repeat) {
        const result = await write('sessions.planSeries', {
          ...toSeriesInput(trajectory.id, startsAt, durationMinutes, chosen),
          kind: chosen.kind,
          attendeeIds: chosen.attendeeIds,
          ...allowOverlap,
        });
        if (result.ok) {
          notify(t('planning.series.planned', { count: result.value.sessions.length }));
          onPlanned(result.value.sessions[0]!);
        } else if (isOverlapRefusal(result.error)) gate.refused(gateKey);
        else if (!applyApiError(result.error, seriesFieldNames, form.setError)) setFailure(result.error);
        return;
      }
      const result = await write('sessions.create', { ...toSessionInput(trajectory.id, chosen), ...allowOverlap });
      if (result.ok) onPlanned(result.value);
      else if (isOverlapRefusal(result.error)) gate.refused(gateKey);
      else if (result.error.field === 'startsAt') form.setError('date', { type: 'server', message: apiErrorToken(result.error) }, { shouldFocus: true });
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
      {suggested && !form.formState.dirtyFields.date && !form.formState.dirtyFields.time && (
        <p className="muted small">{t(suggested === 'usual_time' ? 'planning.freeSlot.usual' : 'planning.freeSlot.default')}</p>
      )}
      <div className="field-grid">
        <SessionTimeFields control={form.control} register={form.register} errors={errors} />
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
      <SeriesFields
        control={form.control}
        values={values}
        errors={errors}
        preview={values.repeat ? preview : null}
        register={form.register}
        onPreview={() => void previewSeries()}
      />
      {warned && <OverlapWarning warned={warned} />}
      <div className="dialog-actions">
        <Button variant="quiet" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" variant="primary" icon="check" disabled={isSubmitting || participants.length === 0}>
          {values.repeat
            ? t(warned ? 'planning.series.submitAnyway' : 'planning.series.submit')
            : warned
              ? t('planning.overlap.planAnyway')
              : t('trajectories.plan.submit')}
        </Button>
      </div>
    </form>
  );
}
