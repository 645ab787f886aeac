import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { InputOf, OutputOf } from '../../../shared/contract';
import type { Result } from '../../../shared/errors';
import { useCall } from '../vault/VaultContext';
import type { ReadMethod, WriteMethod } from './methods';
import { readsChangedAfter } from './readsChangedBy';

export type Write = <M extends WriteMethod>(method: M, input: InputOf<M>) => Promise<Result<OutputOf<M>>>;

/**
 * After a write: the reads it changes are asked again if on screen, and marked old if not. Reads
 * in `alreadyShown` are only marked old: the screen that wrote shows the change itself.
 */
export async function invalidateAfter(cache: QueryClient, method: WriteMethod, alreadyShown: readonly ReadMethod[] = []): Promise<void> {
  const changed = readsChangedAfter(method);
  if (changed === null) {
    await cache.invalidateQueries();
    return;
  }
  await Promise.all(
    changed.map((read) => cache.invalidateQueries({ queryKey: [read], refetchType: alreadyShown.includes(read) ? 'none' : 'active' })),
  );
}

export interface WriteOptions {
  /** Reads whose change this screen already shows (its own controls hold the new value): not asked again while shown. */
  alreadyShown?: readonly ReadMethod[];
}

interface Sent {
  method: WriteMethod;
  input: unknown;
}

/**
 * Writes to core. A write that succeeded invalidates exactly the reads it changes (see
 * readsChangedBy) before its answer returns, so the screen that asks next sees the change.
 */
export function useWrite({ alreadyShown = [] }: WriteOptions = {}): Write {
  const call = useCall();
  const cache = useQueryClient();
  const { mutateAsync } = useMutation({
    mutationFn: ({ method, input }: Sent) => call(method, input as never) as Promise<Result<unknown>>,
    onSuccess: async (result, { method }) => {
      if (result.ok) await invalidateAfter(cache, method, alreadyShown);
    },
  });
  return useCallback<Write>((method, input) => mutateAsync({ method, input }) as Promise<Result<OutputOf<typeof method>>>, [mutateAsync]);
}
