import { app, powerMonitor } from 'electron';
import type { Vault } from '../core/vault/vault';

/** Lock the vault when the screen locks, the computer sleeps, or Traject quits. Call after app ready. */
export function lockVaultWithTheSystem(vault: Pick<Vault, 'lock'>): void {
  const lock = (): void => {
    vault.lock('auto');
  };
  powerMonitor.on('lock-screen', lock);
  powerMonitor.on('suspend', lock);
  // Quitting locks too, and the lock makes a back-up when something changed.
  app.on('will-quit', () => vault.lock('quit'));
}
