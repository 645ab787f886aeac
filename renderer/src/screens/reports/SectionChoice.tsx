import { useId } from 'react';
import { useWatch, type FieldError, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { reportSectionKeys } from '../../../../shared/contract/reports';
import { Icon } from '../../ui/Icon';
import { TextAreaField } from '../../ui/Field';
import { reportErrorText } from './fieldErrors';
import type { ReportFormValues } from './reportForm';

/** Which parts go into the report, each with a line on what it shows. */
export function SectionChoice({ form }: { form: UseFormReturn<ReportFormValues> }) {
  const { t } = useTranslation();
  const hint = useId();
  const errorId = useId();
  const summaryOn = useWatch({ control: form.control, name: 'sections.summary' });
  const { errors } = form.formState;
  const error = reportErrorText(t, errors.sections as FieldError | undefined, t('reports.sections.legend'));

  return (
    <fieldset aria-describedby={[error ? errorId : null, hint].filter(Boolean).join(' ')} aria-invalid={error ? true : undefined}>
      <legend>{t('reports.sections.legend')}</legend>
      <p id={hint} className="field-hint">
        {t('reports.sections.hint')}
      </p>
      <label className="checkbox">
        <input type="checkbox" {...form.register('full')} />
        <span>
          <span className="section-name">{t('reports.sections.full')}</span>
          <span className="section-hint">{t('reports.sections.fullHint')}</span>
        </span>
      </label>
      <ul className="section-choices">
        {reportSectionKeys.map((key) => (
          <li key={key}>
            <label className="checkbox">
              <input type="checkbox" aria-invalid={error ? true : undefined} {...form.register(`sections.${key}`)} />
              <span>
                <span className="section-name">{t(`reports.sections.${key}`)}</span>
                <span className="section-hint">{t(`reports.sections.${key}Hint`)}</span>
              </span>
            </label>
            {key === 'summary' && summaryOn && (
              <TextAreaField
                className="section-text"
                label={t('reports.introText.label')}
                hint={t('reports.introText.hint')}
                rows={3}
                error={reportErrorText(t, errors.intro, t('reports.introText.label'))}
                {...form.register('intro')}
              />
            )}
          </li>
        ))}
      </ul>
      {error && (
        <p id={errorId} className="field-error">
          <Icon name="alert" />
          <span>{error}</span>
        </p>
      )}
    </fieldset>
  );
}
