import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { questionnaireMethods } from '../../../../shared/contract/questionnaires';
import type { ApiError } from '../../../../shared/errors';
import { formErrors } from '../../i18n/validation';
import { useRead } from '../../api/useRead';
import { useWrite } from '../../api/useWrite';
import { useNotify } from '../../ui/Toasts';
import { NumberSettingForm } from './NumberSettingForm';

// The contract's own rule (a whole number, never below 3), checked here before core checks it again.
const thresholdForm = questionnaireMethods['questionnaires.setAnonymity'].input;
type ThresholdValues = { threshold: number };

/** How many team members must answer before a round of a team questionnaire shows any figure. */
export function AnonymitySettings() {
  const { t } = useTranslation();
  const write = useWrite({ alreadyShown: ['questionnaires.anonymity'] });
  const stored = useRead('questionnaires.anonymity', {});
  const notify = useNotify();
  const [failure, setFailure] = useState<ApiError | null>(null);
  const form = useForm<ThresholdValues>({ resolver: zodResolver(thresholdForm, formErrors), defaultValues: { threshold: 3 } });
  const label = t('fields.anonymityThreshold');
  const { reset } = form;

  // The stored number fills the field once it is known, and again after every save.
  const storedThreshold = stored.data?.threshold;
  useEffect(() => {
    if (storedThreshold !== undefined) reset({ threshold: storedThreshold });
  }, [storedThreshold, reset]);

  const save = form.handleSubmit(async ({ threshold }) => {
    setFailure(null);
    const result = await write('questionnaires.setAnonymity', { threshold });
    if (result.ok) notify(t('settings.anonymity.saved', { count: result.value.threshold }));
    else setFailure(result.error);
  });

  return (
    <section className="card settings-section" aria-labelledby="settings-anonymity">
      <h2 id="settings-anonymity">{t('settings.anonymity.title')}</h2>
      <p className="muted">{t('settings.anonymity.intro')}</p>
      <NumberSettingForm
        label={label}
        min={3}
        max={50}
        field={form.register('threshold', { valueAsNumber: true })}
        error={form.formState.errors.threshold}
        failure={failure ?? stored.error}
        saving={form.formState.isSubmitting}
        onSubmit={(event) => void save(event)}
      />
    </section>
  );
}
