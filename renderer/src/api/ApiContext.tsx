import { createContext, useContext, type ReactNode } from 'react';
import { invoke, type Invoke } from './transport';

const ApiContext = createContext<Invoke>(invoke);

/** The real transport by default; tests hand in the fake core instead. */
export function ApiProvider({ invoke: given, children }: { invoke: Invoke; children: ReactNode }) {
  return <ApiContext value={given}>{children}</ApiContext>;
}

export function useInvoke(): Invoke {
  return useContext(ApiContext);
}
