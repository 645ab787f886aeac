import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { VaultStatus } from '../../../../shared/contract';
import type { ApiError } from '../../../../shared/errors';
import { useInvoke } from '../../api/ApiContext';
import { apiErrorText } from '../../i18n/validation';
import { BusyNote } from '../../ui/BusyNote';
import { Button } from '../../ui/Button';
import { PassphraseField, TextField } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { VaultLayout } from './VaultLayout';

type Mode = 'passphrase' | 'recoveryKey';

/** Errors that are about what was typed: shown under the field, which keeps its text and its focus. */
const typedWrong = new Set(['WRONG_PASSPHRASE', 'WRONG_RECOVERY_KEY', 'RECOVERY_KEY_MISTYPED']);

interface UnlockScreenProps {
  autoLocked: boolean;
  onUnlocked(status: VaultStatus, via: Mode): void;
}

export function UnlockScreen({ autoLocked, onUnlocked }: UnlockScreenProps) {
  const { t } = useTranslation();
  const invoke = useInvoke();
  const [mode, setMode] = useState<Mode>('passphrase');
  const [secret, setSecret] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    input.current?.focus();
  }, [mode]);

  const label = mode === 'passphrase' ? t('fields.passphrase') : t('fields.recoveryKey');
  const fieldError = missing
    ? t('validation.required', { field: label })
    : error && typedWrong.has(error.code)
      ? apiErrorText(t, error)
      : undefined;

  const switchMode = () => {
    setMode(mode === 'passphrase' ? 'recoveryKey' : 'passphrase');
    setSecret('');
    setError(null);
    setMissing(false);
  };

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
    const result = await invoke('vault.unlock', mode === 'passphrase' ? { passphrase: secret } : { recoveryKey: secret.trim() });
    setBusy(false);
    if (result.ok) {
      onUnlocked(result.value, mode);
      return;
    }
    setError(result.error);
    input.current?.focus();
    // A wrong passphrase is retyped whole; a recovery key with a typo is corrected in place.
    if (mode === 'passphrase') input.current?.select();
  };

  const common = {
    ref: input,
    label,
    required: true,
    error: fieldError,
    value: secret,
    readOnly: busy,
    onChange: (event: { target: { value: string } }) => setSecret(event.target.value),
  };

  return (
    <VaultLayout wide={mode === 'recoveryKey'}>
      <h1>{mode === 'passphrase' ? t('vault.unlock.title') : t('vault.unlock.recoveryTitle')}</h1>
      {autoLocked && mode === 'passphrase' && <Notice tone="info">{t('vault.unlock.autoLocked')}</Notice>}
      <p className="lead">{mode === 'passphrase' ? t('vault.unlock.intro') : t('vault.unlock.recoveryIntro')}</p>
      {error && !typedWrong.has(error.code) && <Notice tone="error">{apiErrorText(t, error)}</Notice>}
      <form onSubmit={(event) => void unlock(event)} noValidate className="stack">
        {mode === 'passphrase' ? (
          <PassphraseField {...common} autoComplete="current-password" />
        ) : (
          <TextField
            {...common}
            className="recovery-input"
            hint={t('vault.unlock.recoveryKeyHint')}
            autoComplete="off"
            spellCheck={false}
            autoCapitalize="characters"
          />
        )}
        <div className="form-actions">
          <Button type="submit" variant="primary" icon="unlock" aria-disabled={busy || undefined}>
            {t('vault.unlock.submit')}
          </Button>
          <BusyNote busy={busy} label={t('vault.unlock.busy')} />
        </div>
      </form>
      <p className="switch-mode">
        <button type="button" className="link-button" onClick={switchMode}>
          {mode === 'passphrase' ? t('vault.unlock.useRecoveryKey') : t('vault.unlock.usePassphrase')}
        </button>
      </p>
    </VaultLayout>
  );
}
