import { useInfiniteQuery } from '@tanstack/react-query';
import type { InputOf, OutputOf } from '../../../shared/contract';
import type { ApiError } from '../../../shared/errors';
import { useCall } from '../vault/VaultContext';
import { CoreError } from './coreError';
import type { ReadMethod } from './methods';

interface Paged {
  items: unknown[];
  total: number;
}

/** The reads core pages: an offset and a limit in, a page of items and the total out. */
export type PagedReadMethod = {
  [M in ReadMethod]: OutputOf<M> extends Paged ? (InputOf<M> extends { offset?: number; limit?: number } ? M : never) : never;
}[ReadMethod];

export interface ReadPages<T> {
  /** The pages read so far, in order; undefined until the first is in. */
  pages: T[] | undefined;
  /** Whether core holds more than the pages read. */
  more: boolean;
  /** Ask core for the next page (once at a time). */
  askMore: () => void;
  loading: boolean;
  error: ApiError | null;
}

/**
 * A list core pages, read page after page through the cache: one cache entry holds every page read, keyed
 * by method first (so the writes that change the list ask its pages again) and then the input without offset.
 */
export function useReadPages<M extends PagedReadMethod>(
  method: M,
  input: Omit<InputOf<M>, 'offset' | 'limit'>,
  limit: number,
  { enabled = true }: { enabled?: boolean } = {},
): ReadPages<OutputOf<M>> {
  const call = useCall();
  const query = useInfiniteQuery({
    queryKey: [method, { ...input, limit }, 'pages'] as const,
    initialPageParam: 0,
    queryFn: async ({ pageParam }): Promise<OutputOf<M>> => {
      const result = await call(method, { ...input, offset: pageParam, limit } as InputOf<M>);
      if (!result.ok) throw new CoreError(result.error);
      return result.value;
    },
    getNextPageParam: (last: OutputOf<M>, pages: OutputOf<M>[]) => {
      const read = pages.length * limit;
      return read < (last as Paged).total ? read : undefined;
    },
    enabled,
  });
  const { fetchNextPage, isFetching } = query;
  return {
    pages: query.data?.pages,
    more: query.hasNextPage,
    askMore: () => {
      if (!isFetching) void fetchNextPage();
    },
    loading: isFetching,
    error: query.error?.apiError ?? null,
  };
}
