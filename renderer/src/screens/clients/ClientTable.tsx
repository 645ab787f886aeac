import { useTranslation } from 'react-i18next';
import type { Client } from '../../../../shared/contract';
import { formatDate } from '../../i18n/format';
import { Icon } from '../../ui/Icon';
import { fullName } from './clientName';

interface ClientTableProps {
  clients: Client[];
  showStatus: boolean;
  onOpen(client: Client): void;
}

/** One row per client; the name opens the client, the whole row does too for the mouse. */
export function ClientTable({ clients, showStatus, onOpen }: ClientTableProps) {
  const { t, i18n } = useTranslation();
  return (
    <table className="client-table">
      <caption className="visually-hidden">{t('clients.listLabel')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('clients.columnName')}</th>
          <th scope="col">{t('clients.columnContact')}</th>
          <th scope="col">{t('clients.columnUpdated')}</th>
          {showStatus && <th scope="col">{t('clients.columnStatus')}</th>}
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
            <td>{formatDate(client.updatedAt, i18n.language)}</td>
            {showStatus && (
              <td>
                {client.archivedAt ? (
                  <span className="badge badge-archived">
                    <Icon name="archive" />
                    {t('clients.archived')}
                  </span>
                ) : (
                  <span className="badge">{t('clients.active')}</span>
                )}
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
