import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorText } from '../../i18n/validation';
import { BusyNote } from '../../ui/BusyNote';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageHeader';
import { useSearchText } from '../../ui/useSearchText';
import { useNavigate, type ClientListState } from '../shell/navigation';
import { ariaShortcut, shortcutLabel } from '../shell/shortcuts';
import { useCommandKey } from '../shell/useCommandKey';
import { ClientListToolbar } from './ClientListToolbar';
import { ClientsEmptyState } from './ClientsEmptyState';
import { ClientTable } from './ClientTable';
import { Pager } from './Pager';
import { pageSize, useClientList } from './useClientList';

const startState: ClientListState = { query: '', sort: 'name', showArchived: false, offset: 0 };

/** The clients list: search, sort, archive filter, paging; Ctrl/Cmd+N adds a client. */
export function ClientsScreen({ initial }: { initial?: ClientListState }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [state, setState] = useState<ClientListState>(initial ?? startState);
  const view = useClientList(state);
  // A new search starts again at the first page.
  const [search, setSearch] = useSearchText(state.query, (query) =>
    setState((current) => (current.query === query ? current : { ...current, query, offset: 0 })),
  );
  useCommandKey('n', () => navigate({ screen: 'client', id: 'new', list: state }));

  const change = (patch: Partial<ClientListState>) => setState((current) => ({ ...current, ...patch }));
  const list = view.list;

  return (
    <>
      <PageHeader title={t('clients.title')}>
        <Button icon="download" onClick={() => navigate({ screen: 'clientImport' })}>
          {t('clientImport.open')}
        </Button>
        <Button
          variant="primary"
          icon="plus"
          aria-keyshortcuts={ariaShortcut('n')}
          title={t('common.shortcut', { keys: shortcutLabel('n') })}
          onClick={() => navigate({ screen: 'client', id: 'new', list: state })}
        >
          {t('clients.new')}
        </Button>
      </PageHeader>
      <ClientListToolbar search={search} onSearch={setSearch} state={state} onChange={change} />
      <BusyNote busy={view.loading} label={t('clients.loading')} />
      {view.error && <Notice tone="error">{apiErrorText(t, view.error)}</Notice>}
      {list && list.items.length === 0 && <ClientsEmptyState query={state.query} hasArchived={view.hasArchived} />}
      {list && list.items.length > 0 && (
        <>
          <ClientTable
            clients={list.items}
            showStatus={state.showArchived}
            onOpen={(client) => navigate({ screen: 'client', id: client.id, list: state })}
          />
          <Pager offset={state.offset} limit={pageSize} total={list.total} onOffset={(offset) => change({ offset })} />
        </>
      )}
    </>
  );
}
