import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { passphrase } from '../../../../../shared/contract/vault';
import type { ApiError } from '../../../../../shared/errors';
import { applyApiError } from '../../../forms/applyApiError';
import { apiErrorText, fieldErrorText, formErrors } from '../../../i18n/validation';
import { useWrite } from '../../../api/useWrite';
import { BusyNote } from '../../../ui/BusyNote';
import { Button } from '../../../ui/Button';
import { PassphraseField } from '../../../ui/Field';
import { Notice } from '../../../ui/Notice';
import { useNotify } from '../../../ui/Toasts';
import { StrengthHint } from '../../vault/StrengthHint';

const changeForm = z
  .object({ currentPassphrase: z.string().min(1).max(1024), newPassphrase: passphrase, confirm: z.string().max(1024) })
  .refine((form) => form.newPassphrase === form.confirm, { message: 'passphrase_mismatch', path: ['confirm'] });
type ChangeValues = z.infer<typeof changeForm>;
const blank: ChangeValues = { currentPassphrase: '', newPassphrase: '', confirm: '' };

/** A new passphrase rewraps the key; the data and the recovery key stay as they are. */
export function ChangePassphraseForm() {
  const { t } = useTranslation();
  const write = useWrite();
  const notify = useNotify();
  const [failure, setFailure] = useState<ApiError | null>(null);
  const form = useForm<ChangeValues>({ resolver: zodResolver(changeForm, formErrors), defaultValues: blank, criteriaMode: 'all' });
  const { errors, isSubmitting } = form.formState;
  const label = (name: keyof ChangeValues) => t(`fields.${name}`);

  const change = form.handleSubmit(async ({ currentPassphrase, newPassphrase }) => {
    setFailure(null);
    const result = await write('vault.changePassphrase', { currentPassphrase, newPassphrase });
    if (result.ok) {
      form.reset(blank);
      notify(t('settings.passphrase.changed'));
    } else if (!applyApiError(result.error, ['currentPassphrase', 'newPassphrase'], form.setError)) {
      setFailure(result.error);
    }
  });

  return (
    <form onSubmit={(event) => void change(event)} noValidate className="stack narrow">
      {failure && <Notice tone="error">{apiErrorText(t, failure)}</Notice>}
      <PassphraseField
        label={label('currentPassphrase')}
        required
        autoComplete="current-password"
        error={fieldErrorText(t, errors.currentPassphrase, label('currentPassphrase'))}
        {...form.register('currentPassphrase')}
      />
      <div>
        <PassphraseField
          label={label('newPassphrase')}
          required
          autoComplete="new-password"
          error={fieldErrorText(t, errors.newPassphrase, label('newPassphrase'))}
          {...form.register('newPassphrase')}
        />
        <StrengthHint passphrase={form.watch('newPassphrase')} />
      </div>
      <PassphraseField
        label={label('confirm')}
        required
        autoComplete="new-password"
        error={fieldErrorText(t, errors.confirm, label('confirm'))}
        {...form.register('confirm')}
      />
      <div className="form-actions">
        <Button type="submit" icon="key" disabled={isSubmitting}>
          {t('settings.passphrase.submit')}
        </Button>
        <BusyNote busy={isSubmitting} label={t('settings.passphrase.busy')} />
      </div>
    </form>
  );
}
