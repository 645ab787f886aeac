import { createDispatch, type Dispatch } from './dispatch';
import { systemClock, Vault, type Clock } from './vault/vault';

export interface Core {
  vault: Vault;
  dispatch: Dispatch;
}

/** Core for one vault folder: what the Electron shell, the loopback host and the CLI all share. */
export interface CoreOptions {
  /** The database module built for Electron's ABI, when Electron runs from a checkout (see nativeForElectron). */
  nativeBinding?: string | undefined;
  /** The report fonts: a packaged app keeps them in its resources folder. */
  fontDir?: string | undefined;
}

export function createCore(vaultDir: string, clock: Clock = systemClock, options: CoreOptions = {}): Core {
  const vault = new Vault(vaultDir, clock, options.nativeBinding);
  return { vault, dispatch: createDispatch({ vault, clock, fontDir: options.fontDir }) };
}

export { defaultVaultDir } from './vault/location';
export type { Dispatch } from './dispatch';
