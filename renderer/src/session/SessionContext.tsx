import { createContext, useContext } from 'react';
import { useInvoke } from '../api/ApiContext';
import type { Invoke } from '../api/transport';
import type { Language } from '../i18n';

export interface Session {
  /** Like invoke, but a locked vault sends the practitioner to the unlock screen. */
  call: Invoke;
  lock(): Promise<void>;
  /** Store the language in the vault and switch the screen to it. Returns false if it could not be stored. */
  changeLanguage(language: Language): Promise<boolean>;
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session | null {
  return useContext(SessionContext);
}

/** Calls from screens inside an unlocked session; outside one (tests, vault screens) straight to the transport. */
export function useCall(): Invoke {
  const session = useContext(SessionContext);
  const invoke = useInvoke();
  return session?.call ?? invoke;
}
