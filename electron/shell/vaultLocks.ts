import { app, powerMonitor } from 'electron';
import type { LockReason } from '../core/vault/vault';

/** The vault as the shell reaches it: in the core process, or in this one. */
export interface Lockable {
  lock(reason: LockReason): unknown;
}

/** Lock the vault when the screen locks, the computer sleeps, or Traject quits. Call after app ready. */
export function lockVaultWithTheSystem(vault: Lockable): void {
  const lock = (): void => {
    void vault.lock('auto');
  };
  powerMonitor.on('lock-screen', lock);
  powerMonitor.on('suspend', lock);
  // Quitting locks too, and the lock makes a back-up when something changed: Traject waits for it.
  let lockedForQuit = false;
  app.on('will-quit', (event) => {
    if (lockedForQuit) return;
    event.preventDefault();
    void Promise.resolve(vault.lock('quit'))
      .catch(() => undefined)
      .finally(() => {
        lockedForQuit = true;
        app.quit();
      });
  });
}
