import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { passphrase } from '../../../../shared/contract/vault';
import type { ApiError } from '../../../../shared/errors';
import { useInvoke } from '../../api/ApiContext';
import { apiErrorText, fieldErrorText, formErrors } from '../../i18n/validation';
import { BusyNote } from '../../ui/BusyNote';
import { Button } from '../../ui/Button';
import { PassphraseField } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { StrengthHint } from './StrengthHint';
import { VaultLayout } from './VaultLayout';

const newVaultForm = z
  .object({ passphrase, confirm: z.string().max(1024) })
  .refine((form) => form.passphrase === form.confirm, { message: 'passphrase_mismatch', path: ['confirm'] });

type NewVaultForm = z.infer<typeof newVaultForm>;

/** First run: choose the passphrase; core creates the vault and hands back the recovery key. */
export function CreateVaultScreen({ onCreated }: { onCreated(recoveryKey: string): void }) {
  const { t, i18n } = useTranslation();
  const invoke = useInvoke();
  const [failure, setFailure] = useState<ApiError | null>(null);
  const form = useForm<NewVaultForm>({
    resolver: zodResolver(newVaultForm, formErrors),
    defaultValues: { passphrase: '', confirm: '' },
    criteriaMode: 'all',
  });
  const { errors, isSubmitting } = form.formState;

  const create = form.handleSubmit(async (values) => {
    setFailure(null);
    const result = await invoke('vault.create', { passphrase: values.passphrase, language: i18n.language === 'en' ? 'en' : 'nl' });
    if (result.ok) onCreated(result.value.recoveryKey);
    else setFailure(result.error);
  });

  return (
    <VaultLayout>
      <h1>{t('vault.create.title')}</h1>
      <p className="lead">{t('vault.create.intro')}</p>
      {failure && <Notice tone="error">{apiErrorText(t, failure)}</Notice>}
      <form onSubmit={(event) => void create(event)} noValidate className="stack">
        <div>
          <PassphraseField
            label={t('fields.passphrase')}
            hint={t('vault.create.passphraseHint')}
            required
            autoComplete="new-password"
            error={fieldErrorText(t, errors.passphrase, t('fields.passphrase'))}
            {...form.register('passphrase')}
          />
          <StrengthHint passphrase={form.watch('passphrase')} />
        </div>
        <PassphraseField
          label={t('fields.confirm')}
          required
          autoComplete="new-password"
          error={fieldErrorText(t, errors.confirm, t('fields.confirm'))}
          {...form.register('confirm')}
        />
        <p className="muted">{t('vault.create.noReset')}</p>
        <div className="form-actions">
          <Button type="submit" variant="primary" icon="lock" disabled={isSubmitting}>
            {t('vault.create.submit')}
          </Button>
          <BusyNote busy={isSubmitting} label={t('vault.create.busy')} />
        </div>
      </form>
    </VaultLayout>
  );
}
