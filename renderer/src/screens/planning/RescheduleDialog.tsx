import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { Session } from '../../../../shared/contract';
import type { ApiError } from '../../../../shared/errors';
import { focusFirstError } from '../../forms/focusFirstError';
import { formatDayAndTime } from '../../i18n/format';
import { apiErrorText, apiErrorToken, formErrors } from '../../i18n/validation';
import { useWrite } from '../../api/useWrite';
import { useFetchRead } from '../../api/useRead';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { useNotify } from '../../ui/Toasts';
import { FormDialog } from '../trajectories/FormDialog';
import { OverlapWarning } from './OverlapWarning';
import { SessionTimeFields } from './SessionTimeFields';
import { ScopeChoice, type Scope } from './ScopeChoice';
import { sessionTimeFields, startsAtOf } from './sessionTime';
import { isOverlapRefusal, useOverlapGate } from './useOverlapGate';

/** What rescheduling needs of a session (a calendar entry has it too). */
type Movable = Pick<Session, 'id' | 'startsAt' | 'durationMinutes' | 'seriesId'>;

interface RescheduleDialogProps {
  session: Movable | null;
  onOpenChange: (open: boolean) => void;
  onRescheduled: (session: Session) => void;
}

/** Move or shorten a session; an overlap is shown before saving, and saving anyway stays possible. */
export function RescheduleDialog({ session, onOpenChange, onRescheduled }: RescheduleDialogProps) {
  const { t } = useTranslation();
  return (
    <FormDialog open={session !== null} onOpenChange={onOpenChange} title={t('planning.reschedule.title')} description={t('planning.reschedule.intro')}>
      {session && <RescheduleForm session={session} onDone={onRescheduled} onCancel={() => onOpenChange(false)} />}
    </FormDialog>
  );
}

const schema = z.object({ ...sessionTimeFields, scope: z.enum(['this', 'following']) }).strict();
type Values = z.input<typeof schema>;
const fieldNames = ['date', 'time', 'durationMinutes'] as const;

function RescheduleForm({ session, onDone, onCancel }: { session: Movable; onDone: (session: Session) => void; onCancel: () => void }) {
  const { t, i18n } = useTranslation();
  const write = useWrite();
  // The overlap check is asked when the practitioner saves, for the time chosen then: a click-style read.
  const fetchRead = useFetchRead();
  const notify = useNotify();
  const gate = useOverlapGate();
  const [failure, setFailure] = useState<ApiError | null>(null);
  const form = useForm<Values>({
    resolver: zodResolver(schema, formErrors),
    defaultValues: {
      date: session.startsAt.slice(0, 10),
      time: session.startsAt.slice(11, 16),
      durationMinutes: String(session.durationMinutes),
      scope: 'this',
    },
    criteriaMode: 'all',
    shouldFocusError: false,
  });
  const { errors, isSubmitting } = form.formState;
  const keyOf = (values: Values) => `${startsAtOf(values)}|${values.durationMinutes}|${values.scope}`;
  const watched = form.watch();
  const warned = sessionTimeFields.date.safeParse(watched.date).success ? gate.shownFor(keyOf(watched)) : null;

  const save = form.handleSubmit(
    async (values) => {
      setFailure(null);
      const startsAt = startsAtOf(values);
      const durationMinutes = Number(values.durationMinutes);
      const key = keyOf(values);
      const verdict = await gate.mayProceed(key, async () => {
        const overlaps = await fetchRead('sessions.overlaps', { startsAt, durationMinutes, excludeSessionId: session.id });
        return overlaps.ok ? overlaps.value : null;
      });
      if (verdict === 'warned') return;
      const scope: Scope | undefined = session.seriesId !== null ? values.scope : undefined;
      const result = await write('sessions.update', {
        id: session.id,
        startsAt,
        durationMinutes,
        ...(scope ? { scope } : {}),
        ...(verdict === 'anyway' ? { allowOverlap: true } : {}),
      });
      if (result.ok) {
        notify(t('planning.reschedule.done', { when: formatDayAndTime(result.value.startsAt, i18n.language) }));
        onDone(result.value);
      } else if (isOverlapRefusal(result.error)) gate.refused(key);
      else {
        // Core names `startsAt`; on this form that is the date (a time of day is checked here already).
        const onField = result.error.field === 'startsAt' ? 'date' : result.error.field === 'durationMinutes' ? 'durationMinutes' : null;
        if (onField) form.setError(onField, { type: 'server', message: apiErrorToken(result.error) }, { shouldFocus: true });
        else setFailure(result.error);
      }
    },
    (invalid) => focusFirstError(fieldNames, invalid, form.setFocus),
  );

  return (
    <form noValidate onSubmit={(event) => void save(event)}>
      {failure && <Notice tone="error">{apiErrorText(t, failure)}</Notice>}
      <div className="field-grid">
        <SessionTimeFields control={form.control} register={form.register} errors={errors} currentDuration={session.durationMinutes} />
      </div>
      {session.seriesId !== null && (
        <Controller control={form.control} name="scope" render={({ field }) => <ScopeChoice value={field.value} onChange={field.onChange} />} />
      )}
      {warned && <OverlapWarning warned={warned} />}
      <div className="dialog-actions">
        <Button variant="quiet" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" variant="primary" icon="check" disabled={isSubmitting}>
          {warned ? t('planning.reschedule.submitAnyway') : t('planning.reschedule.submit')}
        </Button>
      </div>
    </form>
  );
}
