import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { lockVaultWithTheSystem } from '../../electron/shell/vaultLocks';
import { call, makeVault, passphrase, removeDir } from '../support/tempVault';
import { app, powerMonitor } from './fakeElectron';

vi.mock('electron', () => import('./fakeElectron'));

type Made = Awaited<ReturnType<typeof makeVault>>;

describe('the vault locks with the system', () => {
  let made: Made;
  beforeAll(async () => {
    made = await makeVault();
    lockVaultWithTheSystem(made.core.vault);
  });
  afterAll(() => {
    made.core.vault.lock();
    removeDir(join(made.dir, '..'));
  });

  it('when the screen locks', async () => {
    expect(made.core.vault.isUnlocked()).toBe(true);
    powerMonitor.emit('lock-screen');
    expect(await call(made.core, 'vault.status')).toMatchObject({ state: 'locked' });
  });

  it('when the computer goes to sleep', async () => {
    await call(made.core, 'vault.unlock', { passphrase });
    powerMonitor.emit('suspend');
    expect(await call(made.core, 'vault.status')).toMatchObject({ state: 'locked' });
  });

  it('when Traject quits', async () => {
    await call(made.core, 'vault.unlock', { passphrase });
    app.emit('will-quit');
    expect(await call(made.core, 'vault.status')).toMatchObject({ state: 'locked' });
  });
});
