import { useEffect, useState } from 'react';
import type { SearchResults } from '../../../../shared/contract';
import type { ApiError } from '../../../../shared/errors';
import { useFetchRead } from '../../api/useRead';

export const searchDelayMs = 150;

export interface SearchView {
  results: SearchResults | null;
  /** The query the results belong to. */
  query: string;
  loading: boolean;
  error: ApiError | null;
}

/** Searches once typing pauses; the newest query wins. An empty query shows nothing. */
export function useSearch(query: string, limit: number): SearchView {
  const fetchRead = useFetchRead();
  const [view, setView] = useState<SearchView>({ results: null, query: '', loading: false, error: null });

  useEffect(() => {
    if (query.trim() === '') {
      setView({ results: null, query: '', loading: false, error: null });
      return;
    }
    let current = true;
    setView((previous) => ({ ...previous, loading: true }));
    const timer = setTimeout(() => {
      void fetchRead('search.query', { query, limit }).then((result) => {
        if (!current) return;
        setView(
          result.ok
            ? { results: result.value, query, loading: false, error: null }
            : { results: null, query, loading: false, error: result.error },
        );
      });
    }, searchDelayMs);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [fetchRead, query, limit]);

  return view;
}
