import { useTranslation } from 'react-i18next';
import { ToolbarSearch } from '../../ui/ToolbarSearch';
import type { ClientListState } from '../shell/navigation';

interface ClientListToolbarProps {
  search: string;
  onSearch: (text: string) => void;
  state: ClientListState;
  onChange: (patch: Partial<ClientListState>) => void;
}

/** Search, sort and the archive switch: everything that narrows the list, in one row. */
export function ClientListToolbar({ search, onSearch, state, onChange }: ClientListToolbarProps) {
  const { t } = useTranslation();
  return (
    <div className="toolbar" role="search">
      <ToolbarSearch
        id="client-search"
        label={t('clients.search')}
        hint={t('clients.searchHint')}
        value={search}
        onSearch={onSearch}
      />
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
