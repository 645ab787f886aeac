import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import type { CoreError } from './coreError';

declare module '@tanstack/react-query' {
  interface Register {
    defaultError: CoreError;
  }
}

/**
 * A fresh cache of core's answers. Core's answers do not change behind the screen's back except
 * through writes, which say what they change; a screen that opens still asks again.
 */
export function makeDataCache(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      // Core's refusals are answers, not network hiccups: asking again would get the same.
      queries: { retry: false, refetchOnWindowFocus: false, refetchOnReconnect: false, staleTime: 0 },
      mutations: { retry: false },
    },
  });
}

/** Holds one cache for as long as it is mounted; the unlocked vault owns one and drops it on lock. */
export function DataCache({ cache, children }: { cache?: QueryClient; children: ReactNode }) {
  const [own] = useState(makeDataCache);
  return <QueryClientProvider client={cache ?? own}>{children}</QueryClientProvider>;
}
