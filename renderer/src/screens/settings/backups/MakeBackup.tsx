import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupProgress } from '../../../../../shared/contract';
import type { ApiError } from '../../../../../shared/errors';
import { apiErrorText } from '../../../i18n/validation';
import { useWrite } from '../../../api/useWrite';
import { useRead } from '../../../api/useRead';
import { Button } from '../../../ui/Button';
import { Notice } from '../../../ui/Notice';
import { useNotify } from '../../../ui/Toasts';

const pollEveryMs = 250;

interface MakeBackupProps {
  onBusy: (busy: boolean) => void;
}

/** "Make a back-up now": while core copies, verifies and rotates, a bar shows how far it has come. */
export function MakeBackup({ onBusy }: MakeBackupProps) {
  const { t } = useTranslation();
  const write = useWrite();
  const notify = useNotify();
  const [making, setMaking] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);
  // Asked again and again while core works; the list is asked again by the back-up's own write.
  const asked = useRead('backups.progress', {}, { enabled: making, everyMs: pollEveryMs }).data;
  const progress: BackupProgress | null = !making ? null : asked && asked.phase !== 'idle' ? asked : { phase: 'copying', percent: 0 };

  const make = async () => {
    setFailure(null);
    setMaking(true);
    onBusy(true);
    const result = await write('backups.create', {});
    setMaking(false);
    onBusy(false);
    if (result.ok) notify(t('safety.backups.made', { fileName: result.value.fileName }));
    else setFailure(result.error);
  };

  return (
    <div className="make-backup">
      {failure && <Notice tone="error">{apiErrorText(t, failure)}</Notice>}
      <div className="form-actions">
        <Button variant="primary" icon="shield" disabled={progress !== null} onClick={() => void make()}>
          {t('safety.backups.makeNow')}
        </Button>
      </div>
      <div role="status" className="backup-progress">
        {progress && (
          <>
            <label htmlFor="backup-progress-bar">
              {t(`safety.backups.phase.${progress.phase}`)} <span className="numeric">{progress.percent}%</span>
            </label>
            <progress id="backup-progress-bar" max={100} value={progress.percent} />
          </>
        )}
      </div>
    </div>
  );
}
