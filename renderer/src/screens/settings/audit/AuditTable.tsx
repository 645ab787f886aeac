import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../../../shared/contract';
import { formatMoment } from '../../../i18n/format';

interface AuditTableProps {
  entries: AuditEntry[];
  /** Current names by client id; null while they load. An id without a name is an erased client. */
  names: Map<number, string> | null;
}

/** One row per entry: when, what, about whom, by whom on which device. Never note text. */
export function AuditTable({ entries, names }: AuditTableProps) {
  const { t, i18n } = useTranslation();
  const clientText = (id: number | null) => {
    if (id === null) return '';
    if (names === null) return t('safety.logbook.clientNumber', { id });
    return names.get(id) ?? t('safety.logbook.erasedClient', { id });
  };
  const about = (entry: AuditEntry) =>
    [
      entry.trajectoryId !== null ? t('safety.logbook.trajectoryNumber', { id: entry.trajectoryId }) : null,
      entry.sessionId !== null ? t('safety.logbook.sessionNumber', { id: entry.sessionId }) : null,
    ]
      .filter(Boolean)
      .join(', ');

  return (
    <table className="data-table audit-table">
      <caption className="visually-hidden">{t('safety.logbook.title')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('safety.logbook.columns.at')}</th>
          <th scope="col">{t('safety.logbook.columns.event')}</th>
          <th scope="col">{t('safety.logbook.columns.client')}</th>
          <th scope="col">{t('safety.logbook.columns.who')}</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => (
          <tr key={entry.id} className={entry.event === 'unlock_failed' ? 'audit-failed' : undefined}>
            <th scope="row">
              <time dateTime={entry.at}>{formatMoment(entry.at, i18n.language)}</time>
            </th>
            <td>
              {t(`safety.logbook.event.${entry.event}`)}
              {about(entry) && <span className="row-meta">{about(entry)}</span>}
            </td>
            <td>{clientText(entry.clientId)}</td>
            <td>
              {entry.practitioner}
              <span className="row-meta">{entry.device}</span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
