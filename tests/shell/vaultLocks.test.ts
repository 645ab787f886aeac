import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { connectCore, type CoreClient } from '../../electron/core/worker/client';
import { lockVaultWithTheSystem } from '../../electron/shell/vaultLocks';
import { forkCore } from '../support/coreChild';
import { passphrase, removeDir, tempDir } from '../support/tempVault';
import { app, powerMonitor, quitEvent } from './fakeElectron';

vi.mock('electron', () => import('./fakeElectron'));

// The vault lives in a real core process, as in the app.
const folder = tempDir();
const vaultDir = join(folder, 'vault');
let core: CoreClient;

async function status(): Promise<unknown> {
  const result = await core.dispatch('vault.status', {});
  return result.ok ? result.value : result.error;
}

async function unlock(): Promise<void> {
  expect(await core.dispatch('vault.unlock', { passphrase })).toMatchObject({ ok: true });
}

beforeAll(async () => {
  core = connectCore(forkCore, { vaultDir });
  expect(await core.dispatch('vault.create', { passphrase })).toMatchObject({ ok: true });
  lockVaultWithTheSystem(core);
});
afterAll(() => {
  core.stop();
  removeDir(folder);
});

describe('the vault locks with the system', () => {
  it('when the screen locks', async () => {
    powerMonitor.emit('lock-screen');
    expect(await status()).toMatchObject({ state: 'locked' });
  });

  it('when the computer goes to sleep', async () => {
    await unlock();
    powerMonitor.emit('suspend');
    expect(await status()).toMatchObject({ state: 'locked' });
  });

  it('when Traject quits, which waits until the vault is locked and backed up', async () => {
    await unlock();
    expect(await core.dispatch('clients.create', { firstName: 'Sanne', lastName: 'de Vries' })).toMatchObject({ ok: true });
    app.quit.mockClear();
    const event = quitEvent();
    app.emit('will-quit', event);
    expect(event.prevented()).toBe(true);
    expect(app.quit).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalledTimes(1));
    expect(await status()).toMatchObject({ state: 'locked' });
    expect(readdirSync(join(vaultDir, 'backups'))).toHaveLength(1);
    // The second will-quit, from that app.quit(), lets Traject go.
    const again = quitEvent();
    app.emit('will-quit', again);
    expect(again.prevented()).toBe(false);
  });
});
