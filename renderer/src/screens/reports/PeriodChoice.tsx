import { useId } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ReportOptions } from '../../../../shared/contract/reports';
import { Button } from '../../ui/Button';
import { SelectField } from '../../ui/Field';
import { reportErrorText } from './fieldErrors';
import { audienceKey, type ReportFormValues } from './reportForm';
import { formatSessionStart } from '../../i18n/format';

const kinds = ['intake', 'regular', 'evaluation', 'check_in', 'closing'] as const;
type Kind = (typeof kinds)[number];

/** The period runs from one held session up to and including another. */
export function PeriodChoice({ form, options }: { form: UseFormReturn<ReportFormValues>; options: ReportOptions }) {
  const { t, i18n } = useTranslation();
  const hint = useId();
  const names = new Map(options.audiences.map((a) => [audienceKey(a.audience), a.label]));
  const optionText = (session: ReportOptions['sessions'][number]) => {
    const kind = (kinds as readonly string[]).includes(session.kind) ? t(`reports.sessionKinds.${session.kind as Kind}`) : session.kind;
    const text = t('reports.period.option', { when: formatSessionStart(session.startsAt, i18n.language), kind });
    const name = session.individualFor === null ? undefined : names.get(`participant:${session.individualFor}`);
    return name ? t('reports.period.individual', { option: text, name }) : text;
  };
  const sessionOptions = options.sessions.map((session) => (
    <option key={session.id} value={String(session.id)}>
      {optionText(session)}
    </option>
  ));
  const { errors } = form.formState;

  return (
    <fieldset aria-describedby={hint}>
      <legend>{t('reports.period.legend')}</legend>
      {options.sessions.length === 0 ? (
        <p id={hint} className="field-hint">
          {t('reports.period.none')}
        </p>
      ) : (
        <>
          <p id={hint} className="field-hint">
            {t('reports.period.hint')}
          </p>
          <div className="stack">
            <SelectField label={t('reports.period.from')} {...form.register('fromSessionId')}>
              {sessionOptions}
            </SelectField>
            <SelectField
              label={t('reports.period.to')}
              error={reportErrorText(t, errors.toSessionId, t('reports.period.to'))}
              {...form.register('toSessionId')}
            >
              {sessionOptions}
            </SelectField>
            <Button
              onClick={() => form.setValue('fromSessionId', String(options.sessions[0]!.id), { shouldDirty: true })}
            >
              {t('reports.period.whole')}
            </Button>
          </div>
        </>
      )}
    </fieldset>
  );
}
