import { useId } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ReportAudienceOption } from '../../../../shared/contract/reports';
import { audienceKey, type ReportFormValues } from './reportForm';

/**
 * Who the report is for: the couple or team together, or one of them alone (labels from core). The
 * language follows the reader (core says which), until the practitioner chooses one themselves.
 */
export function AudienceChoice({ form, audiences }: { form: UseFormReturn<ReportFormValues>; audiences: ReportAudienceOption[] }) {
  const { t } = useTranslation();
  const hint = useId();
  const field = form.register('audience', {
    onChange: (event: { target: { value: string } }) => {
      const chosen = audiences.find((option) => audienceKey(option.audience) === event.target.value);
      if (chosen && !form.getFieldState('language').isDirty) form.setValue('language', chosen.language);
    },
  });
  return (
    <fieldset aria-describedby={hint}>
      <legend>{t('reports.audience.legend')}</legend>
      <p id={hint} className="field-hint">
        {t('reports.audience.hint')}
      </p>
      <div className="radio-group report-choices">
        {audiences.map((option) => {
          const key = audienceKey(option.audience);
          return (
            <label key={key} className="radio">
              <input type="radio" value={key} {...field} />
              <span>{option.label}</span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}

/** The language the PDF is written in; each language named in itself. */
export function LanguageChoice({ form }: { form: UseFormReturn<ReportFormValues> }) {
  const { t } = useTranslation();
  const hint = useId();
  return (
    <fieldset aria-describedby={hint}>
      <legend>{t('reports.language.legend')}</legend>
      <p id={hint} className="field-hint">
        {t('reports.language.hint')}
      </p>
      <div className="radio-group">
        {(['nl', 'en'] as const).map((language) => (
          <label key={language} className="radio" lang={language}>
            <input type="radio" value={language} {...form.register('language')} />
            <span>{t(`language.${language}`, { lng: language })}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
