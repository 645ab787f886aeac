import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Backup, BackupProgress } from '../../../../../shared/contract';
import type { ApiError } from '../../../../../shared/errors';
import { apiErrorText } from '../../../i18n/validation';
import { useWrite } from '../../../api/useWrite';
import { useFetchRead } from '../../../api/useRead';
import { Button } from '../../../ui/Button';
import { Notice } from '../../../ui/Notice';
import { useNotify } from '../../../ui/Toasts';

const pollEveryMs = 250;

interface MakeBackupProps {
  onBusy: (busy: boolean) => void;
  onMade: (backup: Backup) => void;
}

/** "Make a back-up now": while core copies, verifies and rotates, a bar shows how far it has come. */
export function MakeBackup({ onBusy, onMade }: MakeBackupProps) {
  const { t } = useTranslation();
  const write = useWrite();
  const fetchRead = useFetchRead();
  const notify = useNotify();
  const [progress, setProgress] = useState<BackupProgress | null>(null);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const make = async () => {
    setFailure(null);
    setProgress({ phase: 'copying', percent: 0 });
    onBusy(true);
    let running = true;
    const poll = async () => {
      while (running) {
        await new Promise((resolve) => setTimeout(resolve, pollEveryMs));
        if (!running) return;
        const result = await fetchRead('backups.progress', {});
        // A later answer never moves the bar back: the percentage only grows within one back-up.
        if (running && mounted.current && result.ok && result.value.phase !== 'idle') {
          setProgress((shown) => (shown && result.value.percent < shown.percent ? shown : result.value));
        }
      }
    };
    void poll();
    const result = await write('backups.create', {});
    running = false;
    if (!mounted.current) return;
    setProgress(null);
    onBusy(false);
    if (result.ok) {
      notify(t('safety.backups.made', { fileName: result.value.fileName }));
      onMade(result.value);
    } else {
      setFailure(result.error);
    }
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
