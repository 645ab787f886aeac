import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupList } from '../../../../../shared/contract';
import type { ApiError } from '../../../../../shared/errors';
import { apiErrorText } from '../../../i18n/validation';
import { useWrite } from '../../../api/useWrite';
import { BusyNote } from '../../../ui/BusyNote';
import { Button } from '../../../ui/Button';
import { TextField } from '../../../ui/Field';
import { Notice } from '../../../ui/Notice';
import { useNotify } from '../../../ui/Toasts';

interface BackupFolderFormProps {
  list: BackupList;
}

/**
 * Where back-ups go. Browser mode has no folder chooser, so the folder is typed; the default is
 * shown, and it says plainly that only encrypted files ever land there.
 */
export function BackupFolderForm({ list }: BackupFolderFormProps) {
  const { t } = useTranslation();
  const write = useWrite();
  const notify = useNotify();
  const [folder, setFolder] = useState(list.folder);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const label = t('safety.backups.folder.label');
  const fieldError = failure?.field === 'folder' ? t('safety.backups.folder.invalid', { field: label }) : undefined;

  const choose = async (chosen: string | null) => {
    setFailure(null);
    setBusy(true);
    const result = await write('backups.setFolder', { folder: chosen });
    setBusy(false);
    if (!result.ok) {
      setFailure(result.error);
      return;
    }
    setFolder(result.value.folder);
    notify(t('safety.backups.folder.saved'));
  };

  const save = (event: FormEvent) => {
    event.preventDefault();
    const typed = folder.trim();
    void choose(typed === '' || typed === list.defaultFolder ? null : typed);
  };

  return (
    <form className="stack" onSubmit={save} noValidate>
      {failure && !fieldError && <Notice tone="error">{apiErrorText(t, failure)}</Notice>}
      <TextField
        label={label}
        className="folder-field"
        value={folder}
        maxLength={4096}
        spellCheck={false}
        autoComplete="off"
        hint={t('safety.backups.folder.hint', { folder: list.defaultFolder })}
        error={fieldError}
        onChange={(event) => setFolder(event.target.value)}
      />
      <Notice tone="info">{t('safety.backups.folder.encryptedOnly')}</Notice>
      <div className="form-actions">
        <Button type="submit" icon="check" disabled={busy}>
          {t('safety.backups.folder.save')}
        </Button>
        {list.folder !== list.defaultFolder && (
          <Button variant="quiet" disabled={busy} onClick={() => void choose(null)}>
            {t('safety.backups.folder.useDefault')}
          </Button>
        )}
        <BusyNote busy={busy} label={t('safety.backups.folder.busy')} />
      </div>
    </form>
  );
}
