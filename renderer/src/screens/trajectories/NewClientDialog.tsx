import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { Client } from '../../../../shared/contract';
import { clientFields } from '../../../../shared/contract/clients';
import type { ApiError } from '../../../../shared/errors';
import { applyApiError } from '../../forms/applyApiError';
import { focusFirstError } from '../../forms/focusFirstError';
import { apiErrorText, fieldErrorText, formErrors } from '../../i18n/validation';
import { useWrite } from '../../api/useWrite';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { FormDialog } from './FormDialog';

const newClientFields = clientFields.pick({ firstName: true, lastName: true, email: true });
type FormValues = z.input<typeof newClientFields>;
const fieldNames = ['firstName', 'lastName', 'email'] as const;

interface NewClientDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onCreated: (client: Client) => void;
}

/** Add a client without leaving the trajectory form: the names now, the rest later on the client's page. */
export function NewClientDialog({ open, onOpenChange, onCreated }: NewClientDialogProps) {
  const { t, i18n } = useTranslation();
  return (
    <FormDialog open={open} onOpenChange={onOpenChange} title={t('trajectories.form.newClientTitle')} description={t('trajectories.form.newClientText')}>
      {open && <NewClientForm language={i18n.language === 'en' ? 'en' : 'nl'} onCreated={onCreated} onCancel={() => onOpenChange(false)} />}
    </FormDialog>
  );
}

function NewClientForm({ language, onCreated, onCancel }: { language: 'nl' | 'en'; onCreated: (client: Client) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const write = useWrite();
  const [failure, setFailure] = useState<ApiError | null>(null);
  const form = useForm<FormValues, unknown, z.output<typeof newClientFields>>({
    resolver: zodResolver(newClientFields, formErrors),
    defaultValues: { firstName: '', lastName: '', email: '' },
    criteriaMode: 'all',
    shouldFocusError: false,
  });
  const { errors, isSubmitting } = form.formState;
  const text = (name: (typeof fieldNames)[number]) => ({
    label: t(`fields.${name}`),
    error: fieldErrorText(t, errors[name], t(`fields.${name}`)),
    autoComplete: 'off',
    ...form.register(name),
  });
  const save = form.handleSubmit(
    async (values) => {
      const result = await write('clients.create', { ...values, language });
      if (result.ok) onCreated(result.value);
      else if (!applyApiError(result.error, fieldNames, form.setError)) setFailure(result.error);
    },
    (invalid) => focusFirstError(fieldNames, invalid, form.setFocus),
  );
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.stopPropagation(); // a portal still bubbles React events to the trajectory form around it
        void save(event);
      }}
    >
      {failure && <Notice tone="error">{apiErrorText(t, failure)}</Notice>}
      <div className="stack">
        <TextField {...text('firstName')} required maxLength={100} autoFocus />
        <TextField {...text('lastName')} required maxLength={100} />
        <TextField {...text('email')} type="email" maxLength={254} />
      </div>
      <div className="dialog-actions">
        <Button variant="quiet" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" variant="primary" icon="check" disabled={isSubmitting}>
          {t('trajectories.form.newClientSubmit')}
        </Button>
      </div>
    </form>
  );
}
