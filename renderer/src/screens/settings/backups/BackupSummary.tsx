import { useTranslation } from 'react-i18next';
import type { Backup } from '../../../../../shared/contract';
import { formatMoment } from '../../../i18n/format';
import { countsText, formatBytes } from './backupText';

/** What a back-up holds, before anyone restores it. */
export function BackupSummary({ backup }: { backup: Backup }) {
  const { t, i18n } = useTranslation();
  return (
    <dl className="backup-summary">
      <dt>{t('safety.backups.columns.createdAt')}</dt>
      <dd>
        {formatMoment(backup.createdAt, i18n.language)} ({t(`safety.backups.reason.${backup.reason}`)})
      </dd>
      <dt>{t('safety.backups.columns.holds')}</dt>
      <dd>{countsText(t, backup.counts)}</dd>
      <dt>{t('safety.backups.columns.size')}</dt>
      <dd>{formatBytes(backup.bytes, i18n.language)}</dd>
      <dt>{t('safety.backups.columns.file')}</dt>
      <dd className="file-name">{backup.fileName}</dd>
    </dl>
  );
}
