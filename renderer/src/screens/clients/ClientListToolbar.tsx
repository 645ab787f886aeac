import { useTranslation } from 'react-i18next';
import { Icon } from '../../ui/Icon';
import type { ClientListState } from '../shell/navigation';

interface ClientListToolbarProps {
  search: string;
  onSearch(text: string): void;
  state: ClientListState;
  onChange(patch: Partial<ClientListState>): void;
}

/** Search, sort and the archive switch: everything that narrows the list, in one row. */
export function ClientListToolbar({ search, onSearch, state, onChange }: ClientListToolbarProps) {
  const { t } = useTranslation();
  return (
    <div className="toolbar" role="search">
      <div className="field toolbar-search">
        <label htmlFor="client-search" className="field-label">
          {t('clients.search')}
        </label>
        <div className="input-with-icon">
          <Icon name="search" />
          <input
            id="client-search"
            type="search"
            value={search}
            maxLength={200}
            autoComplete="off"
            spellCheck={false}
            aria-describedby="client-search-hint"
            onChange={(event) => onSearch(event.target.value)}
          />
        </div>
        <p id="client-search-hint" className="field-hint">
          {t('clients.searchHint')}
        </p>
      </div>
      <div className="field toolbar-sort">
        <label htmlFor="client-sort" className="field-label">
          {t('clients.sort')}
        </label>
        <select
          id="client-sort"
          value={state.sort}
          onChange={(event) => onChange({ sort: event.target.value as ClientListState['sort'], offset: 0 })}
        >
          <option value="name">{t('clients.sortName')}</option>
          <option value="created">{t('clients.sortCreated')}</option>
          <option value="updated">{t('clients.sortUpdated')}</option>
        </select>
      </div>
      <label className="checkbox toolbar-archived">
        <input
          type="checkbox"
          checked={state.showArchived}
          onChange={(event) => onChange({ showArchived: event.target.checked, offset: 0 })}
        />
        <span>{t('clients.showArchived')}</span>
      </label>
    </div>
  );
}
