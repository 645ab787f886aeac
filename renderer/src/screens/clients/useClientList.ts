import { useEffect, useState } from 'react';
import type { ClientList } from '../../../../shared/contract';
import type { ApiError } from '../../../../shared/errors';
import { useFetchRead } from '../../api/useRead';
import type { ClientListState } from '../shell/navigation';

export const pageSize = 25;

export interface ClientListView {
  list: ClientList | null;
  /** Whether any archived clients exist, asked only when no active ones match. */
  hasArchived: boolean;
  loading: boolean;
  error: ApiError | null;
}

/** Loads one page of clients for the current search, sort and archive filter; the newest request wins. */
export function useClientList(state: ClientListState): ClientListView {
  const fetchRead = useFetchRead();
  const [view, setView] = useState<ClientListView>({ list: null, hasArchived: false, loading: true, error: null });

  useEffect(() => {
    let current = true;
    setView((previous) => ({ ...previous, loading: true }));
    const load = async () => {
      const result = await fetchRead('clients.list', {
        query: state.query,
        archived: state.showArchived ? 'all' : 'active',
        sort: state.sort,
        direction: state.sort === 'name' ? 'asc' : 'desc',
        offset: state.offset,
        limit: pageSize,
      });
      if (!current) return;
      if (!result.ok) {
        setView({ list: null, hasArchived: false, loading: false, error: result.error });
        return;
      }
      let hasArchived = false;
      if (result.value.total === 0 && !state.showArchived && !state.query) {
        const archived = await fetchRead('clients.list', { archived: 'archived', limit: 1 });
        hasArchived = archived.ok && archived.value.total > 0;
      }
      if (current) setView({ list: result.value, hasArchived, loading: false, error: null });
    };
    void load();
    return () => {
      current = false;
    };
  }, [fetchRead, state.query, state.showArchived, state.sort, state.offset]);

  return view;
}
