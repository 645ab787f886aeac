import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { Practice } from '../../../../shared/contract';
import { practiceFields } from '../../../../shared/contract/practice';
import type { ApiError } from '../../../../shared/errors';
import { applyApiError } from '../../forms/applyApiError';
import { apiErrorText, fieldErrorText, formErrors } from '../../i18n/validation';
import { useWrite } from '../../api/useWrite';
import { BusyNote } from '../../ui/BusyNote';
import { Button } from '../../ui/Button';
import { TextAreaField, TextField } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { useNotify } from '../../ui/Toasts';

// The profile part of the practice; language and auto-lock have their own sections.
const profileFields = practiceFields.omit({ language: true, autoLockMinutes: true });
type FormValues = z.input<typeof profileFields>;

const textFields = [
  'name',
  'practitionerName',
  'practitionerTitle',
  'email',
  'phone',
  'website',
  'address',
  'reportFooter',
] as const;
const registrations = ['big', 'nobco', 'emcc', 'kvk', 'agb'] as const;
const allFields: readonly Path<FormValues>[] = [...textFields, ...registrations.map((r) => `registrations.${r}` as const)];

function valuesOf(practice: Practice): FormValues {
  const { language: _language, autoLockMinutes: _minutes, ...profile } = practice;
  return profile;
}

/** Name, practitioner, contact and registration numbers: what a progress report says about the practice. */
export function PracticeProfileForm({ practice }: { practice: Practice }) {
  const { t } = useTranslation();
  const write = useWrite();
  const notify = useNotify();
  const [failure, setFailure] = useState<ApiError | null>(null);
  const form = useForm<FormValues, unknown, z.output<typeof profileFields>>({
    resolver: zodResolver(profileFields, formErrors),
    defaultValues: valuesOf(practice),
    criteriaMode: 'all',
  });
  const { errors, isSubmitting } = form.formState;

  const save = form.handleSubmit(async (values) => {
    setFailure(null);
    const result = await write('practice.update', values);
    if (result.ok) {
      form.reset(valuesOf(result.value));
      notify(t('settings.practice.saved'));
    } else if (!applyApiError(result.error, allFields, form.setError)) {
      setFailure(result.error);
    }
  });

  const text = (name: (typeof textFields)[number], extra: { type?: string; multiline?: boolean; max: number }) => {
    const common = {
      label: t(`fields.${name}`),
      maxLength: extra.max,
      error: fieldErrorText(t, errors[name], t(`fields.${name}`)),
      ...form.register(name),
    };
    return extra.multiline ? (
      <TextAreaField key={name} rows={3} className="span-2" {...common} />
    ) : (
      <TextField key={name} type={extra.type ?? 'text'} autoComplete="off" {...common} />
    );
  };

  return (
    <form onSubmit={(event) => void save(event)} noValidate className="stack">
      {failure && <Notice tone="error">{apiErrorText(t, failure)}</Notice>}
      <div className="field-grid">
        {text('name', { max: 120 })}
        {text('practitionerName', { max: 120 })}
        {text('practitionerTitle', { max: 80 })}
        {text('email', { type: 'email', max: 254 })}
        {text('phone', { type: 'tel', max: 40 })}
        {text('website', { type: 'url', max: 200 })}
        {text('address', { multiline: true, max: 300 })}
      </div>
      <fieldset>
        <legend>{t('settings.practice.registrations')}</legend>
        <p className="muted">{t('settings.practice.registrationsIntro')}</p>
        <div className="field-grid field-grid-narrow">
          {registrations.map((registration) => (
            <TextField
              key={registration}
              label={t(`fields.registrations.${registration}`)}
              autoComplete="off"
              maxLength={40}
              error={fieldErrorText(t, errors.registrations?.[registration], t(`fields.registrations.${registration}`))}
              {...form.register(`registrations.${registration}`)}
            />
          ))}
        </div>
      </fieldset>
      <div className="field-grid">{text('reportFooter', { multiline: true, max: 500 })}</div>
      <div className="form-actions">
        <Button type="submit" variant="primary" icon="check" disabled={isSubmitting}>
          {t('common.save')}
        </Button>
        <BusyNote busy={isSubmitting} label={t('client.saving')} />
      </div>
    </form>
  );
}
