import { useTranslation } from 'react-i18next';
import type { BackupList } from '../../../../../shared/contract';
import { Notice } from '../../../ui/Notice';

/** Files that look like back-ups but cannot be read: named, never counted as a back-up. */
export function UnreadableBackups({ files }: { files: BackupList['unreadable'] }) {
  const { t } = useTranslation();
  if (files.length === 0) return null;
  return (
    <Notice tone="info">
      <p>{t('safety.backups.unreadable.intro', { count: files.length })}</p>
      <ul className="plain-list">
        {files.map((file) => (
          <li key={file.fileName}>
            <span className="file-name">{file.fileName}</span> — {t(`safety.backups.unreadable.${file.reason}`)}
          </li>
        ))}
      </ul>
    </Notice>
  );
}
