import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Backup, Restored } from '../../../../shared/contract';
import { apiErrorText } from '../../i18n/validation';
import { BusyNote } from '../../ui/BusyNote';
import { Notice } from '../../ui/Notice';
import { Button } from '../../ui/Button';
import { BackupTable } from '../settings/backups/BackupTable';
import { RestoreForm } from '../settings/backups/RestoreForm';
import { UnreadableBackups } from '../settings/backups/UnreadableBackups';
import { useBackupList } from '../settings/backups/useBackupList';
import { BackupFileField } from './BackupFileField';
import { VaultLayout } from './VaultLayout';

interface RestoreBackupScreenProps {
  onRestored: (restored: Restored) => void;
  onBack: () => void;
}

/** The vault's data is damaged: pick a back-up (the list works while locked) and restore it with its key. */
export function RestoreBackupScreen({ onRestored, onBack }: RestoreBackupScreenProps) {
  const { t } = useTranslation();
  const { list, failure } = useBackupList();
  const [chosen, setChosen] = useState<Backup | null>(null);

  return (
    <VaultLayout wide>
      <h1>{t('vault.damaged.title')}</h1>
      {chosen ? (
        <>
          <p className="lead">{t('vault.damaged.chosen')}</p>
          <RestoreForm backup={chosen} locked onRestored={onRestored} onCancel={() => setChosen(null)} />
        </>
      ) : (
        <>
          <p className="lead">{t('vault.damaged.intro')}</p>
          {failure && <Notice tone="error">{apiErrorText(t, failure)}</Notice>}
          {!list && !failure && <BusyNote busy label={t('safety.backups.loading')} />}
          {list && (
            <>
              <UnreadableBackups files={list.unreadable} />
              {list.items.length === 0 ? (
                <p className="empty-line">{t('vault.damaged.none', { folder: list.folder })}</p>
              ) : (
                <BackupTable items={list.items} onRestore={setChosen} />
              )}
              <p className="muted small">{t('vault.damaged.folder', { folder: list.folder })}</p>
            </>
          )}
          <BackupFileField onFound={setChosen} />
          <div className="form-actions">
            <Button variant="quiet" icon="back" onClick={onBack}>
              {t('vault.damaged.back')}
            </Button>
          </div>
        </>
      )}
    </VaultLayout>
  );
}
