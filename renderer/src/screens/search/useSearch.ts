import type { SearchResults } from '../../../../shared/contract';
import type { ApiError } from '../../../../shared/errors';
import { useRead } from '../../api/useRead';
import { useSettled } from '../../ui/useSettled';

export const searchDelayMs = 150;

export interface SearchView {
  results: SearchResults | null;
  /** The query the results belong to. */
  query: string;
  loading: boolean;
  error: ApiError | null;
}

/**
 * Searches once typing pauses. While the next query is typed and asked, the results of the one before
 * stay (no flash of "nothing found" on every letter); a query asked before answers from the cache at once.
 * An empty query shows nothing.
 */
export function useSearch(query: string, limit: number): SearchView {
  const settled = useSettled(query, searchDelayMs);
  const asked = settled.trim() !== '';
  const read = useRead('search.query', { query: settled, limit }, { enabled: asked, keepPrevious: true });
  if (query.trim() === '' || !asked) return { results: null, query: '', loading: query.trim() !== '', error: null };
  return {
    results: read.error ? null : (read.data ?? null),
    query: settled,
    loading: read.loading || settled !== query,
    error: read.error,
  };
}
