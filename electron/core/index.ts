import { createDispatch, type Dispatch } from './dispatch';
import { systemClock, Vault, type Clock } from './vault/vault';

export interface Core {
  vault: Vault;
  dispatch: Dispatch;
}

/** Core for one vault folder: what the Electron shell, the loopback host and the CLI all share. */
export function createCore(vaultDir: string, clock: Clock = systemClock): Core {
  const vault = new Vault(vaultDir, clock);
  return { vault, dispatch: createDispatch({ vault, clock }) };
}

export { defaultVaultDir } from './vault/location';
export type { Dispatch } from './dispatch';
