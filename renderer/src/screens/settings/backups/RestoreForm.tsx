import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Backup, Restored } from '../../../../../shared/contract';
import type { ApiError } from '../../../../../shared/errors';
import { apiErrorText } from '../../../i18n/validation';
import { useWrite } from '../../../api/useWrite';
import { BusyNote } from '../../../ui/BusyNote';
import { Button } from '../../../ui/Button';
import { PassphraseField, TextField } from '../../../ui/Field';
import { Notice } from '../../../ui/Notice';
import { BackupSummary } from './BackupSummary';
import { needsOldKey } from './backupText';

type Credential = 'passphrase' | 'recoveryKey';

/** Errors about what was typed: shown under the field, which keeps its text. */
const typedWrong = new Set(['WRONG_PASSPHRASE', 'WRONG_RECOVERY_KEY', 'RECOVERY_KEY_MISTYPED', 'BACKUP_KEY_NEEDED']);

interface RestoreFormProps {
  backup: Backup;
  /** While the vault is locked core has no key of its own: the passphrase or recovery key is always asked. */
  locked: boolean;
  onRestored: (restored: Restored) => void;
  onCancel: () => void;
}

/** Restore one back-up: its summary, what happens to the current data, and the key of its day when needed. */
export function RestoreForm({ backup, locked, onRestored, onCancel }: RestoreFormProps) {
  const { t } = useTranslation();
  const write = useWrite();
  const [askKey, setAskKey] = useState(locked || needsOldKey(backup));
  const [credential, setCredential] = useState<Credential>('passphrase');
  const [secret, setSecret] = useState('');
  const [missing, setMissing] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  const label = credential === 'passphrase' ? t('fields.passphrase') : t('fields.recoveryKey');
  const fieldError = missing
    ? t('validation.required', { field: label })
    : failure && typedWrong.has(failure.code)
      ? apiErrorText(t, failure)
      : undefined;

  const restore = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setFailure(null);
    const empty = askKey && secret.trim() === '';
    setMissing(empty);
    if (empty) {
      input.current?.focus();
      return;
    }
    setBusy(true);
    const key = !askKey ? {} : credential === 'passphrase' ? { passphrase: secret } : { recoveryKey: secret.trim() };
    const result = await write('backups.restore', { path: backup.path, ...key });
    setBusy(false);
    if (result.ok) {
      onRestored(result.value);
      return;
    }
    setFailure(result.error);
    if (result.error.code === 'BACKUP_KEY_NEEDED') setAskKey(true);
    if (typedWrong.has(result.error.code)) setTimeout(() => input.current?.focus(), 0);
  };

  const switchCredential = () => {
    setCredential(credential === 'passphrase' ? 'recoveryKey' : 'passphrase');
    setSecret('');
    setFailure(null);
    setMissing(false);
  };

  const common = {
    ref: input,
    label,
    required: true,
    value: secret,
    readOnly: busy,
    error: fieldError,
    hint: t(locked ? 'safety.restore.keyHintLocked' : 'safety.restore.keyHint'),
    onChange: (event: { target: { value: string } }) => setSecret(event.target.value),
  };

  return (
    <form className="stack restore-form" onSubmit={(event) => void restore(event)} noValidate>
      <BackupSummary backup={backup} />
      <p>{t('safety.restore.keepsCurrent')}</p>
      <p>{t('safety.restore.erasuresStay')}</p>
      {failure && !typedWrong.has(failure.code) && <Notice tone="error">{apiErrorText(t, failure)}</Notice>}
      {askKey && (
        <div className="stack">
          {credential === 'passphrase' ? (
            <PassphraseField {...common} autoComplete="off" />
          ) : (
            <TextField {...common} className="recovery-input" autoComplete="off" spellCheck={false} autoCapitalize="characters" />
          )}
          <p className="switch-mode">
            <button type="button" className="link-button" onClick={switchCredential}>
              {credential === 'passphrase' ? t('safety.restore.useRecoveryKey') : t('safety.restore.usePassphrase')}
            </button>
          </p>
        </div>
      )}
      <div className="form-actions">
        <Button type="submit" variant="primary" aria-disabled={busy || undefined}>
          {t('safety.restore.submit')}
        </Button>
        <Button variant="quiet" disabled={busy} onClick={onCancel}>
          {t('common.cancel')}
        </Button>
        <BusyNote busy={busy} label={t('safety.restore.busy')} />
      </div>
    </form>
  );
}
