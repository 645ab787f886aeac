import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRead } from '../../../api/useRead';
import { Button } from '../../../ui/Button';
import { Icon } from '../../../ui/Icon';
import { useSettled } from '../../../ui/useSettled';
import { fullName } from '../../clients/clientName';

const shown = 6;
const searchDelayMs = 150;

interface ClientFilterProps {
  clientId: number | undefined;
  clientName: string | undefined;
  onChange: (clientId: number | undefined) => void;
}

/** Show the log of one client: find them by name, or go back to everyone. */
export function ClientFilter({ clientId, clientName, onChange }: ClientFilterProps) {
  const { t } = useTranslation();
  const inputId = useId();
  const [text, setText] = useState('');
  const query = useSettled(text.trim(), searchDelayMs);
  const read = useRead('clients.list', { query, archived: 'all', sort: 'name', limit: shown }, { enabled: query !== '', keepPrevious: true });
  const found = text.trim() === '' ? [] : (read.data?.items ?? []);

  if (clientId !== undefined) {
    return (
      <div className="filter-chosen">
        <p>
          <Icon name="people" />
          {t('safety.logbook.onlyClient', { name: clientName ?? t('safety.logbook.erasedClient', { id: clientId }) })}
        </p>
        <Button variant="quiet" onClick={() => onChange(undefined)}>
          {t('safety.logbook.allClients')}
        </Button>
      </div>
    );
  }

  return (
    <div className="client-search">
      <label htmlFor={inputId} className="field-label">
        {t('safety.logbook.findClient')}
      </label>
      <div className="input-with-icon">
        <Icon name="search" />
        <input
          id={inputId}
          type="search"
          value={text}
          maxLength={200}
          autoComplete="off"
          spellCheck={false}
          onChange={(event) => setText(event.target.value)}
        />
      </div>
      {found.length > 0 && (
        <ul className="client-choices" aria-label={t('safety.logbook.foundClients')}>
          {found.map((client) => (
            <li key={client.id}>
              <span>{fullName(client)}</span>
              <Button variant="quiet" onClick={() => onChange(client.id)}>
                {t('safety.logbook.showFor')}
                <span className="visually-hidden"> {fullName(client)}</span>
              </Button>
            </li>
          ))}
        </ul>
      )}
      {found.length === 0 && text.trim() !== '' && <p className="muted small">{t('safety.logbook.noClientFound')}</p>}
    </div>
  );
}
