import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useState } from 'react';
import { Controller, useForm, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { clientFields, type Client } from '../../../../shared/contract/clients';
import type { ApiError } from '../../../../shared/errors';
import { applyApiError } from '../../forms/applyApiError';
import { focusFirstError } from '../../forms/focusFirstError';
import { apiErrorText, fieldErrorText, formErrors } from '../../i18n/validation';
import { DateField } from '../../ui/DateField';
import { dateExamples } from '../../ui/dateExamples';
import { SelectField, TextAreaField, TextField } from '../../ui/Field';
import { FormActions } from '../../ui/FormActions';
import { Notice } from '../../ui/Notice';

type FormValues = z.input<typeof clientFields>;
export type ClientValues = z.output<typeof clientFields>;

// In reading order: the first wrong one gets the focus.
const fieldNames = [
  'firstName',
  'lastName',
  'preferredName',
  'dateOfBirth',
  'language',
  'email',
  'phone',
  'address',
] as const satisfies readonly Path<FormValues>[];
type FieldName = (typeof fieldNames)[number];

function initialValues(client: Client | undefined, language: 'nl' | 'en'): FormValues {
  return {
    firstName: client?.firstName ?? '',
    lastName: client?.lastName ?? '',
    preferredName: client?.preferredName ?? '',
    dateOfBirth: client?.dateOfBirth ?? '',
    email: client?.email ?? '',
    phone: client?.phone ?? '',
    address: client?.address ?? '',
    language: client?.language ?? language,
  };
}

interface ClientFormProps {
  client?: Client;
  submitLabel: string;
  /** Returns core's error, or null when saved. */
  onSubmit: (values: ClientValues) => Promise<ApiError | null>;
  onCancel: () => void;
}

/** A client's details, checked with the contract's own schema; the first wrong field gets the focus. */
export function ClientForm({ client, submitLabel, onSubmit, onCancel }: ClientFormProps) {
  const { t, i18n } = useTranslation();
  const [failure, setFailure] = useState<ApiError | null>(null);
  const form = useForm<FormValues, unknown, ClientValues>({
    resolver: zodResolver(clientFields, formErrors),
    defaultValues: initialValues(client, i18n.language === 'en' ? 'en' : 'nl'),
    criteriaMode: 'all',
    shouldFocusError: false, // see focusFirstError
  });
  const { errors, isSubmitting } = form.formState;
  const { setFocus } = form;

  // A new client starts at the first name; an existing one starts at its heading.
  useEffect(() => {
    if (!client) setFocus('firstName');
  }, [client, setFocus]);
  const error = (name: FieldName) => fieldErrorText(t, errors[name], t(`fields.${name}`));
  const text = (name: Exclude<FieldName, 'dateOfBirth' | 'language'>) => ({
    label: t(`fields.${name}`),
    error: error(name),
    autoComplete: 'off',
    ...form.register(name),
  });

  const save = form.handleSubmit(
    async (values) => {
      setFailure(null);
      const problem = await onSubmit(values);
      if (problem && !applyApiError(problem, fieldNames, form.setError)) setFailure(problem);
    },
    (invalid) => focusFirstError(fieldNames, invalid, setFocus),
  );

  return (
    <form className="client-form" onSubmit={(event) => void save(event)} noValidate>
      {Object.keys(errors).length > 0 && <Notice tone="error">{t('validation.summary')}</Notice>}
      {failure && <Notice tone="error">{apiErrorText(t, failure)}</Notice>}
      <fieldset>
        <legend>{t('client.personal')}</legend>
        <div className="field-grid">
          <TextField {...text('firstName')} required maxLength={100} />
          <TextField {...text('lastName')} required maxLength={100} />
          <TextField {...text('preferredName')} hint={t('client.preferredNameHint')} maxLength={100} />
          <Controller
            control={form.control}
            name="dateOfBirth"
            render={({ field }) => <DateField label={t('fields.dateOfBirth')} example={dateExamples.birth()} error={error('dateOfBirth')} {...field} />}
          />
          <SelectField
            label={t('fields.language')}
            hint={t('client.languageHint')}
            error={error('language')}
            {...form.register('language')}
          >
            <option value="nl">{t('language.nl')}</option>
            <option value="en">{t('language.en')}</option>
          </SelectField>
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('client.contact')}</legend>
        <div className="field-grid">
          <TextField {...text('email')} type="email" maxLength={254} />
          <TextField {...text('phone')} type="tel" maxLength={40} />
          <TextAreaField {...text('address')} rows={3} maxLength={300} className="span-2" />
        </div>
      </fieldset>
      <FormActions submitLabel={submitLabel} saving={isSubmitting} savingLabel={t('client.saving')} onCancel={onCancel} />
    </form>
  );
}
