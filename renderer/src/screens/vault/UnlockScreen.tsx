import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { VaultStatus } from '../../../../shared/contract';
import type { ApiError } from '../../../../shared/errors';
import { useInvoke } from '../../api/ApiContext';
import { apiErrorText } from '../../i18n/validation';
import { BusyNote } from '../../ui/BusyNote';
import { Button } from '../../ui/Button';
import { PassphraseField } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { VaultLayout } from './VaultLayout';

interface UnlockScreenProps {
  autoLocked: boolean;
  /** A line above the form after coming back from restoring a back-up. */
  restoredNote?: string;
  onUnlocked: (status: VaultStatus) => void;
  onForgot: () => void;
  /** The database is damaged: go and restore a back-up. */
  onRestore: () => void;
}

export function UnlockScreen({ autoLocked, restoredNote, onUnlocked, onForgot, onRestore }: UnlockScreenProps) {
  const { t } = useTranslation();
  const invoke = useInvoke();
  const [secret, setSecret] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    input.current?.focus();
  }, []);

  const label = t('fields.passphrase');
  const wrong = error?.code === 'WRONG_PASSPHRASE';
  const damaged = error?.code === 'DATABASE_DAMAGED';
  const fieldError = missing ? t('validation.required', { field: label }) : wrong ? apiErrorText(t, error) : undefined;

  const unlock = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setError(null);
    setMissing(secret.length === 0);
    if (secret.length === 0) {
      input.current?.focus();
      return;
    }
    setBusy(true);
    const result = await invoke('vault.unlock', { passphrase: secret });
    setBusy(false);
    if (result.ok) {
      onUnlocked(result.value);
      return;
    }
    setError(result.error);
    // A wrong passphrase is retyped whole.
    input.current?.focus();
    input.current?.select();
  };

  return (
    <VaultLayout>
      <h1>{t('vault.unlock.title')}</h1>
      {autoLocked && <Notice tone="info">{t('vault.unlock.autoLocked')}</Notice>}
      {restoredNote && <Notice tone="success">{restoredNote}</Notice>}
      <p className="lead">{t('vault.unlock.intro')}</p>
      {error && !wrong && (
        <Notice tone="error">
          <p>{apiErrorText(t, error)}</p>
          {damaged && (
            <>
              <p className="notice-plain">{t('vault.damaged.advice')}</p>
              <Button variant="primary" icon="back" onClick={onRestore}>
                {t('vault.damaged.restore')}
              </Button>
            </>
          )}
        </Notice>
      )}
      <form onSubmit={(event) => void unlock(event)} noValidate className="stack">
        <PassphraseField
          ref={input}
          label={label}
          required
          error={fieldError}
          value={secret}
          readOnly={busy}
          autoComplete="current-password"
          onChange={(event) => setSecret(event.target.value)}
        />
        <div className="form-actions">
          <Button type="submit" variant="primary" icon="unlock" aria-disabled={busy || undefined}>
            {t('vault.unlock.submit')}
          </Button>
          <BusyNote busy={busy} label={t('vault.unlock.busy')} />
        </div>
      </form>
      <p className="switch-mode">
        <button type="button" className="link-button" onClick={onForgot}>
          {t('vault.unlock.forgot')}
        </button>
      </p>
    </VaultLayout>
  );
}
