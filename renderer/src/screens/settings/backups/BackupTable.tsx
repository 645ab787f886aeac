import { useTranslation } from 'react-i18next';
import type { Backup } from '../../../../../shared/contract';
import { formatMoment } from '../../../i18n/format';
import { Button } from '../../../ui/Button';
import { Icon } from '../../../ui/Icon';
import { countsText, formatBytes, needsOldKey } from './backupText';

interface BackupTableProps {
  items: Backup[];
  onRestore: (backup: Backup) => void;
  /** Restoring is refused while a back-up is being made. */
  disabled?: boolean;
}

/** Every back-up, newest first: when, why, what it holds, how big, and a way back to it. */
export function BackupTable({ items, onRestore, disabled }: BackupTableProps) {
  const { t, i18n } = useTranslation();
  return (
    <table className="data-table backup-table">
      <caption className="visually-hidden">{t('safety.backups.listTitle')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('safety.backups.columns.createdAt')}</th>
          <th scope="col">{t('safety.backups.columns.holds')}</th>
          <th scope="col" className="numeric">
            {t('safety.backups.columns.size')}
          </th>
          <th scope="col">
            <span className="visually-hidden">{t('safety.backups.columns.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {items.map((backup) => (
          <tr key={backup.path}>
            <th scope="row">
              <time dateTime={backup.createdAt}>{formatMoment(backup.createdAt, i18n.language)}</time>
              <span className="row-meta">{t(`safety.backups.reason.${backup.reason}`)}</span>
            </th>
            <td>
              {countsText(t, backup.counts)}
              {needsOldKey(backup) && (
                <span className="row-meta">
                  <Icon name="key" />
                  {t('safety.backups.oldKey')}
                </span>
              )}
              {backup.sameVault === false && (
                <span className="row-meta">
                  <Icon name="alert" />
                  {t('safety.backups.otherVault')}
                </span>
              )}
            </td>
            <td className="numeric">{formatBytes(backup.bytes, i18n.language)}</td>
            <td className="row-actions">
              <Button disabled={disabled} onClick={() => onRestore(backup)}>
                {t('safety.backups.restore')}
                <span className="visually-hidden"> ({formatMoment(backup.createdAt, i18n.language)})</span>
              </Button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
