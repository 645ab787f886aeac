import type { ClientList } from '../../../../shared/contract';
import type { ApiError } from '../../../../shared/errors';
import { useRead } from '../../api/useRead';
import type { ClientListState } from '../shell/navigation';

export const pageSize = 25;

export interface ClientListView {
  list: ClientList | null;
  /** Whether any archived clients exist, asked only when no active ones match. */
  hasArchived: boolean;
  loading: boolean;
  error: ApiError | null;
}

/** One page of clients for the current search, sort and archive filter; the page shown stays while the next one loads. */
export function useClientList(state: ClientListState): ClientListView {
  const page = useRead(
    'clients.list',
    {
      query: state.query,
      archived: state.showArchived ? 'all' : 'active',
      sort: state.sort,
      direction: state.sort === 'name' ? 'asc' : 'desc',
      offset: state.offset,
      limit: pageSize,
    },
    { keepPrevious: true },
  );
  const noneActive = page.data?.total === 0 && !state.showArchived && !state.query;
  const archived = useRead('clients.list', { archived: 'archived', limit: 1 }, { enabled: noneActive });
  return {
    list: page.error ? null : (page.data ?? null),
    hasArchived: noneActive && (archived.data?.total ?? 0) > 0,
    loading: page.loading,
    error: page.error,
  };
}
