import { createContext, useContext } from 'react';
import { useInvoke } from '../api/ApiContext';
import type { Invoke } from '../api/transport';
import type { Language } from '../i18n';

/** What screens may do while the vault is unlocked. */
export interface UnlockedVaultApi {
  /** Like invoke, but a locked vault sends the practitioner to the unlock screen. */
  call: Invoke;
  lock: () => Promise<void>;
  /** Store the language in the vault and switch the screen to it. Returns false if it could not be stored. */
  changeLanguage: (language: Language) => Promise<boolean>;
}

export const VaultContext = createContext<UnlockedVaultApi | null>(null);

export function useVault(): UnlockedVaultApi | null {
  return useContext(VaultContext);
}

/** Calls from screens inside an unlocked vault; outside one (tests, vault screens) straight to the transport. */
export function useCall(): Invoke {
  const vault = useContext(VaultContext);
  const invoke = useInvoke();
  return vault?.call ?? invoke;
}
