import { keepPreviousData, queryOptions, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { InputOf, OutputOf } from '../../../shared/contract';
import type { ApiError, Result } from '../../../shared/errors';
import { useCall } from '../vault/VaultContext';
import { CoreError } from './coreError';
import type { ReadMethod } from './methods';
import type { Invoke } from './transport';

/** The cache key of a read: its method first (writes invalidate by method), then its input. */
export function readKey<M extends ReadMethod>(method: M, input: InputOf<M>) {
  return [method, input] as const;
}

function readOptions<M extends ReadMethod>(call: Invoke, method: M, input: InputOf<M>) {
  return queryOptions({
    queryKey: readKey(method, input),
    queryFn: async (): Promise<OutputOf<M>> => {
      const result = await call(method, input);
      if (!result.ok) throw new CoreError(result.error);
      return result.value;
    },
  });
}

export interface Read<T> {
  /** The newest answer; while a changed input loads, the previous answer if `keepPrevious`. */
  data: T | undefined;
  error: ApiError | null;
  /** True while core is being asked, also when an answer is already shown. */
  loading: boolean;
  /** Ask again now (after a change core could not tell the cache about). */
  reload: () => Promise<void>;
}

export interface ReadOptions {
  /** False: do not ask yet (an input is still missing). */
  enabled?: boolean;
  /** Keep showing the previous answer while the next input loads (a list being paged or searched). */
  keepPrevious?: boolean;
  /** Ask again every so many milliseconds while shown and enabled (a progress bar core moves). */
  everyMs?: number;
}

/** Reads from core through the cache: the newest input's answer wins, never a late older one. */
export function useRead<M extends ReadMethod>(method: M, input: InputOf<M>, options: ReadOptions = {}): Read<OutputOf<M>> {
  const call = useCall();
  const query = useQuery({
    ...readOptions(call, method, input),
    enabled: options.enabled ?? true,
    placeholderData: options.keepPrevious ? keepPreviousData : undefined,
    refetchInterval: options.everyMs ?? false,
  });
  const { refetch } = query;
  const reload = useCallback(async () => {
    await refetch();
  }, [refetch]);
  return { data: query.data, error: query.error?.apiError ?? null, loading: query.isFetching, reload };
}

// Module-level, so the cache hands back the same array while no answer changed.
const answersOf = (results: { data?: unknown }[]) => results.map((result) => result.data);

/** The same read for several inputs at once (one questionnaire version per response): the answers in input order. */
export function useReads<M extends ReadMethod>(method: M, inputs: readonly InputOf<M>[]): (OutputOf<M> | undefined)[] {
  const call = useCall();
  return useQueries({
    queries: inputs.map((input) => readOptions(call, method, input)),
    combine: answersOf,
  }) as (OutputOf<M> | undefined)[];
}

export type FetchRead = <M extends ReadMethod>(method: M, input: InputOf<M>) => Promise<Result<OutputOf<M>>>;

/** For reads a click or a keystroke asks for (a preview, a check): through the cache, answered as a Result. */
export function useFetchRead(): FetchRead {
  const call = useCall();
  const cache = useQueryClient();
  return useCallback<FetchRead>(
    async (method, input) => {
      try {
        return { ok: true, value: await cache.fetchQuery({ ...readOptions(call, method, input), staleTime: 0 }) };
      } catch (error) {
        if (error instanceof CoreError) return { ok: false, error: error.apiError };
        throw error;
      }
    },
    [call, cache],
  );
}
