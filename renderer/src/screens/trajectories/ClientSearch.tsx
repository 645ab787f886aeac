import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Client } from '../../../../shared/contract';
import { useRead } from '../../api/useRead';
import { Button } from '../../ui/Button';
import { Icon } from '../../ui/Icon';
import { useSettled } from '../../ui/useSettled';
import { fullName } from '../clients/clientName';

interface ClientSearchProps {
  /** Clients already taking part are not offered again. */
  excludeIds: readonly number[];
  onPick: (client: Client) => void;
  disabled?: boolean;
}

const shown = 6;
const searchDelayMs = 150;

/** Find an existing client by name and pick them, asked once typing pauses. */
export function ClientSearch({ excludeIds, onPick, disabled }: ClientSearchProps) {
  const { t } = useTranslation();
  const inputId = useId();
  const [text, setText] = useState('');
  const query = useSettled(text.trim(), searchDelayMs);
  // Asks a few more than shown, so the clients already taking part can be left out and still fill the list.
  const read = useRead('clients.list', { query, archived: 'active', sort: 'name', limit: shown + excludeIds.length }, { keepPrevious: true });
  const found = read.data ? read.data.items.filter((c) => !excludeIds.includes(c.id)).slice(0, shown) : null;

  return (
    <div className="client-search">
      <label htmlFor={inputId} className="field-label">
        {t('trajectories.form.findClient')}
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
          disabled={disabled}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={(event) => {
            // Enter picks the only match instead of submitting the whole form.
            if (event.key !== 'Enter') return;
            event.preventDefault();
            if (found?.length === 1) onPick(found[0]!);
          }}
        />
      </div>
      <p className="visually-hidden" role="status">
        {found && text.trim() !== '' ? t('trajectories.form.foundClients', { count: found.length }) : ''}
      </p>
      {found && found.length > 0 && (
        <ul className="client-choices" aria-label={t('trajectories.form.foundClientsLabel')}>
          {found.map((client) => (
            <li key={client.id}>
              <span>{fullName(client)}</span>
              <Button
                variant="quiet"
                icon="plus"
                disabled={disabled}
                aria-label={t('trajectories.form.addClientNamed', { name: fullName(client) })}
                onClick={() => onPick(client)}
              >
                {t('trajectories.form.add')}
              </Button>
            </li>
          ))}
        </ul>
      )}
      {found && found.length === 0 && text.trim() !== '' && (
        <p className="muted small">{t('trajectories.form.noClientFound', { query: text.trim() })}</p>
      )}
    </div>
  );
}
