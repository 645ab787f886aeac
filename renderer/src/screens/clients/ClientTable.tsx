import { useTranslation } from 'react-i18next';
import type { Client, ClientListItem } from '../../../../shared/contract';
import { formatDate, formatDayAndTime } from '../../i18n/format';
import { Icon } from '../../ui/Icon';
import { fullName } from './clientName';
import { clientStatusText } from './clientStatus';

interface ClientTableProps {
  clients: ClientListItem[];
  /** Kept for the list's callers; the status (from core) is always shown now. */
  showStatus?: boolean;
  onOpen: (client: Client) => void;
}

/** One row per client with their status and next session; the name opens the client, the whole row does too for the mouse. */
export function ClientTable({ clients, onOpen }: ClientTableProps) {
  const { t, i18n } = useTranslation();
  return (
    <table className="client-table">
      <caption className="visually-hidden">{t('clients.listLabel')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('clients.columnName')}</th>
          <th scope="col">{t('clients.columnContact')}</th>
          <th scope="col">{t('clients.columnStatus')}</th>
          <th scope="col">{t('clients.columnNext')}</th>
          <th scope="col">{t('clients.columnUpdated')}</th>
        </tr>
      </thead>
      <tbody>
        {clients.map((client) => (
          <tr key={client.id} onClick={() => onOpen(client)} className={client.archivedAt ? 'archived' : undefined}>
            <th scope="row">
              <button
                type="button"
                className="link-button"
                onClick={(event) => {
                  event.stopPropagation();
                  onOpen(client);
                }}
              >
                {fullName(client)}
              </button>
              {client.preferredName && client.preferredName !== client.firstName && (
                <span className="muted small"> ({t('clients.preferred', { name: client.preferredName })})</span>
              )}
            </th>
            <td>
              {client.email && <span className="contact-line">{client.email}</span>}
              {client.phone && <span className="contact-line">{client.phone}</span>}
            </td>
            <td>
              {client.archivedAt ? (
                <span className="badge badge-archived">
                  <Icon name="archive" />
                  {t('clients.archived')}
                </span>
              ) : (
                <span className="badge">{clientStatusText(t, client.status)}</span>
              )}
            </td>
            <td className="next-session-cell">
              {client.nextSession ? formatDayAndTime(client.nextSession.startsAt, i18n.language) : <span className="muted">{t('clients.noNext')}</span>}
            </td>
            <td>{formatDate(client.updatedAt, i18n.language)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
