import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { VaultStatus } from '../../../../shared/contract';
import { passphrase } from '../../../../shared/contract/vault';
import type { ApiError } from '../../../../shared/errors';
import { useInvoke } from '../../api/ApiContext';
import { apiErrorText, apiErrorToken, fieldErrorText, formErrors } from '../../i18n/validation';
import { BusyNote } from '../../ui/BusyNote';
import { Button } from '../../ui/Button';
import { PassphraseField, TextField } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { StrengthHint } from './StrengthHint';
import { VaultLayout } from './VaultLayout';

const recoverForm = z
  .object({ recoveryKey: z.string().trim().min(1).max(200), newPassphrase: passphrase, confirm: z.string().max(1024) })
  .refine((form) => form.newPassphrase === form.confirm, { message: 'passphrase_mismatch', path: ['confirm'] });
type RecoverValues = z.infer<typeof recoverForm>;

/** Errors about the recovery key as typed: they belong under its field, which keeps the text for correcting. */
const aboutTheKey = new Set(['WRONG_RECOVERY_KEY', 'RECOVERY_KEY_MISTYPED']);

interface ForgotPassphraseScreenProps {
  onRecovered: (status: VaultStatus) => void;
  onBack: () => void;
}

/** "Wachtwoordzin vergeten?": the recovery key sets a new passphrase and opens the vault. */
export function ForgotPassphraseScreen({ onRecovered, onBack }: ForgotPassphraseScreenProps) {
  const { t } = useTranslation();
  const invoke = useInvoke();
  const [failure, setFailure] = useState<ApiError | null>(null);
  const form = useForm<RecoverValues>({
    resolver: zodResolver(recoverForm, formErrors),
    defaultValues: { recoveryKey: '', newPassphrase: '', confirm: '' },
    criteriaMode: 'all',
  });
  const { errors, isSubmitting } = form.formState;
  const label = (name: keyof RecoverValues) => t(`fields.${name}`);

  const recover = form.handleSubmit(async ({ recoveryKey, newPassphrase }) => {
    setFailure(null);
    const result = await invoke('vault.recover', { recoveryKey, newPassphrase });
    if (result.ok) {
      onRecovered(result.value);
      return;
    }
    const field = aboutTheKey.has(result.error.code) ? 'recoveryKey' : result.error.field === 'newPassphrase' ? 'newPassphrase' : null;
    if (field) form.setError(field, { type: 'server', message: apiErrorToken(result.error) }, { shouldFocus: true });
    else setFailure(result.error);
  });

  return (
    <VaultLayout wide>
      <h1>{t('vault.forgot.title')}</h1>
      <p className="lead">{t('vault.forgot.intro')}</p>
      {failure && <Notice tone="error">{apiErrorText(t, failure)}</Notice>}
      <form onSubmit={(event) => void recover(event)} noValidate className="stack">
        <TextField
          label={label('recoveryKey')}
          required
          className="recovery-input"
          hint={t('vault.unlock.recoveryKeyHint')}
          autoComplete="off"
          spellCheck={false}
          autoCapitalize="characters"
          autoFocus
          readOnly={isSubmitting}
          error={fieldErrorText(t, errors.recoveryKey, label('recoveryKey'))}
          {...form.register('recoveryKey')}
        />
        <div>
          <PassphraseField
            label={label('newPassphrase')}
            required
            autoComplete="new-password"
            hint={t('vault.create.passphraseHint')}
            readOnly={isSubmitting}
            error={fieldErrorText(t, errors.newPassphrase, label('newPassphrase'))}
            {...form.register('newPassphrase')}
          />
          <StrengthHint passphrase={form.watch('newPassphrase')} />
        </div>
        <PassphraseField
          label={label('confirm')}
          required
          autoComplete="new-password"
          readOnly={isSubmitting}
          error={fieldErrorText(t, errors.confirm, label('confirm'))}
          {...form.register('confirm')}
        />
        <div className="form-actions">
          <Button type="submit" variant="primary" icon="key" aria-disabled={isSubmitting || undefined}>
            {t('vault.forgot.submit')}
          </Button>
          <BusyNote busy={isSubmitting} label={t('vault.forgot.busy')} />
        </div>
      </form>
      <p className="switch-mode">
        <button type="button" className="link-button" onClick={onBack}>
          {t('vault.forgot.back')}
        </button>
      </p>
    </VaultLayout>
  );
}
