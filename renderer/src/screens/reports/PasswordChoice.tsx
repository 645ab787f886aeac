import { useWatch, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { PassphraseField } from '../../ui/Field';
import { Icon } from '../../ui/Icon';
import { reportErrorText } from './fieldErrors';
import type { ReportFormValues } from './reportForm';

/** An optional password on the PDF; Traject never keeps it, and says so before it is chosen. */
export function PasswordChoice({ form }: { form: UseFormReturn<ReportFormValues> }) {
  const { t } = useTranslation();
  const protect = useWatch({ control: form.control, name: 'protect' });
  const { errors } = form.formState;
  return (
    <fieldset>
      <legend>{t('reports.password.legend')}</legend>
      <label className="checkbox">
        <input type="checkbox" {...form.register('protect')} />
        <span>
          <span className="section-name">{t('reports.password.protect')}</span>
          <span className="section-hint">{t('reports.password.protectHint')}</span>
        </span>
      </label>
      {protect && (
        <div className="stack password-fields">
          <p className="password-warning">
            <Icon name="key" />
            <span>{t('reports.password.noRecovery')}</span>
          </p>
          <PassphraseField
            label={t('reports.password.password')}
            hint={t('reports.password.passwordHint')}
            required
            autoComplete="new-password"
            error={reportErrorText(t, errors.password, t('reports.password.password'))}
            {...form.register('password')}
          />
          <PassphraseField
            label={t('reports.password.confirm')}
            required
            autoComplete="new-password"
            error={reportErrorText(t, errors.confirm, t('reports.password.confirm'))}
            {...form.register('confirm')}
          />
        </div>
      )}
    </fieldset>
  );
}
