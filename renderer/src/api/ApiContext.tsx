import { createContext, useContext, type ReactNode } from 'react';
import { DataCache } from './DataCache';
import { invoke, type Invoke } from './transport';

const ApiContext = createContext<Invoke>(invoke);

/** The real transport by default; tests hand in a fake core instead, with a cache of its own. */
export function ApiProvider({ invoke: given, children }: { invoke: Invoke; children: ReactNode }) {
  return (
    <ApiContext value={given}>
      <DataCache>{children}</DataCache>
    </ApiContext>
  );
}

export function useInvoke(): Invoke {
  return useContext(ApiContext);
}
