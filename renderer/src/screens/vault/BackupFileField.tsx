import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Backup } from '../../../../shared/contract';
import type { ApiError } from '../../../../shared/errors';
import { useInvoke } from '../../api/ApiContext';
import { apiErrorText } from '../../i18n/validation';
import { BusyNote } from '../../ui/BusyNote';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/Field';

/** A back-up kept somewhere else (an external drive): typed as a path, read and summarised before anything else. */
export function BackupFileField({ onFound }: { onFound: (backup: Backup) => void }) {
  const { t } = useTranslation();
  const invoke = useInvoke();
  const [path, setPath] = useState('');
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const label = t('vault.damaged.fileLabel');

  const inspect = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    if (path.trim() === '') {
      setFailure({ code: 'INVALID_INPUT', message: 'path', field: 'path', reason: 'too_small' });
      return;
    }
    setBusy(true);
    const result = await invoke('backups.inspect', { path: path.trim() });
    setBusy(false);
    if (result.ok) onFound(result.value);
    else setFailure(result.error);
  };

  const error = !failure
    ? undefined
    : failure.code === 'INVALID_INPUT' && failure.reason === 'too_small'
      ? t('validation.required', { field: label })
      : failure.code === 'NOT_FOUND'
        ? t('vault.damaged.fileNotFound')
        : apiErrorText(t, failure);

  return (
    <form className="stack backup-file" onSubmit={(event) => void inspect(event)} noValidate>
      <TextField
        label={label}
        hint={t('vault.damaged.fileHint')}
        value={path}
        maxLength={4096}
        spellCheck={false}
        autoComplete="off"
        error={error}
        onChange={(event) => setPath(event.target.value)}
      />
      <div className="form-actions">
        <Button type="submit" disabled={busy}>
          {t('vault.damaged.fileSubmit')}
        </Button>
        <BusyNote busy={busy} label={t('vault.damaged.fileBusy')} />
      </div>
    </form>
  );
}
