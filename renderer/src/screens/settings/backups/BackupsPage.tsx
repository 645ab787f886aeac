import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Backup, Restored } from '../../../../../shared/contract';
import { formatMoment } from '../../../i18n/format';
import { apiErrorText } from '../../../i18n/validation';
import { BusyNote } from '../../../ui/BusyNote';
import { Notice } from '../../../ui/Notice';
import { FormDialog } from '../../trajectories/FormDialog';
import { BackupFolderForm } from './BackupFolderForm';
import { BackupTable } from './BackupTable';
import { MakeBackup } from './MakeBackup';
import { RestoredNotice } from './RestoredNotice';
import { RestoreForm } from './RestoreForm';
import { UnreadableBackups } from './UnreadableBackups';
import { useBackupList } from './useBackupList';

/** Settings → Back-ups: every back-up, one made now with progress, the folder, and restoring one. */
export function BackupsPage() {
  const { t, i18n } = useTranslation();
  const { list, failure } = useBackupList();
  const [making, setMaking] = useState(false);
  const [restoring, setRestoring] = useState<Backup | null>(null);
  const [restored, setRestored] = useState<Restored | null>(null);

  return (
    <>
      <section className="card settings-section" aria-labelledby="settings-backups">
        <h2 id="settings-backups">{t('safety.backups.title')}</h2>
        <p className="muted">{t('safety.backups.intro')}</p>
        {restored && <RestoredNotice restored={restored} />}
        {list && (
          <p className="last-backup">
            {list.lastBackupAt
              ? t('safety.backups.last', { date: formatMoment(list.lastBackupAt, i18n.language) })
              : t('safety.backups.none')}
          </p>
        )}
        <MakeBackup onBusy={setMaking} />
        {failure && <Notice tone="error">{apiErrorText(t, failure)}</Notice>}
        {!list && !failure && <BusyNote busy label={t('safety.backups.loading')} />}
        {list && (
          <>
            <h3 className="list-title">{t('safety.backups.listTitle')}</h3>
            <UnreadableBackups files={list.unreadable} />
            {list.items.length === 0 ? (
              <p className="empty-line">{t('safety.backups.empty')}</p>
            ) : (
              <BackupTable items={list.items} disabled={making} onRestore={setRestoring} />
            )}
          </>
        )}
      </section>
      {list && (
        <section className="card settings-section" aria-labelledby="settings-backup-folder">
          <h2 id="settings-backup-folder">{t('safety.backups.folder.title')}</h2>
          <p className="muted">{t('safety.backups.folder.intro')}</p>
          <BackupFolderForm key={list.folder} list={list} />
        </section>
      )}
      <FormDialog
        open={restoring !== null}
        onOpenChange={(open) => {
          if (!open) setRestoring(null);
        }}
        title={t('safety.restore.title')}
        wide
      >
        {restoring && (
          <RestoreForm
            backup={restoring}
            locked={false}
            onCancel={() => setRestoring(null)}
            onRestored={(done) => {
              setRestoring(null);
              setRestored(done);
            }}
          />
        )}
      </FormDialog>
    </>
  );
}
