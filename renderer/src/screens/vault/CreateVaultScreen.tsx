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
import { useNotify } from '../../ui/Toasts';
import { StrengthHint } from './StrengthHint';
import { VaultLayout } from './VaultLayout';

const newVaultForm = z
  .object({ passphrase, confirm: z.string().max(1024), demo: z.boolean() })
  .refine((form) => form.passphrase === form.confirm, { message: 'passphrase_mismatch', path: ['confirm'] });

type NewVaultForm = z.infer<typeof newVaultForm>;

/** First run: choose the passphrase; core creates the vault and hands back the recovery key. */
export function CreateVaultScreen({ onCreated }: { onCreated: (recoveryKey: string) => void }) {
  const { t, i18n } = useTranslation();
  const invoke = useInvoke();
  const notify = useNotify();
  const [seeding, setSeeding] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const form = useForm<NewVaultForm>({
    resolver: zodResolver(newVaultForm, formErrors),
    defaultValues: { passphrase: '', confirm: '', demo: false },
    criteriaMode: 'all',
  });
  const { errors, isSubmitting } = form.formState;

  const create = form.handleSubmit(async (values) => {
    setFailure(null);
    const result = await invoke('vault.create', { passphrase: values.passphrase, language: i18n.language === 'en' ? 'en' : 'nl' });
    if (!result.ok) {
      setFailure(result.error);
      return;
    }
    if (values.demo) {
      // The recovery key is shown either way; a failed sample practice only leaves the vault empty.
      setSeeding(true);
      const seeded = await invoke('demo.seed', {});
      setSeeding(false);
      if (!seeded.ok) notify(t('vault.create.demoFailed'), 'info');
    }
    onCreated(result.value.recoveryKey);
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
        <div>
          <label className="checkbox">
            <input type="checkbox" aria-describedby="demo-hint" {...form.register('demo')} />
            <span>{t('vault.create.demo')}</span>
          </label>
          <p id="demo-hint" className="field-hint" style={{ marginLeft: '2rem' }}>
            {t('vault.create.demoHint')}
          </p>
        </div>
        <div className="form-actions">
          <Button type="submit" variant="primary" icon="lock" disabled={isSubmitting}>
            {t('vault.create.submit')}
          </Button>
          <BusyNote busy={isSubmitting} label={seeding ? t('vault.create.demoBusy') : t('vault.create.busy')} />
        </div>
      </form>
    </VaultLayout>
  );
}
