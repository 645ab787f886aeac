import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { invokeChannel } from '../../electron/shell/channel';
import { passphrase, removeDir, tempDir } from '../support/tempVault';
import { app, BrowserWindow, ipcMain, protocol, quitEvent, session, utilityProcess, type FakeFrame } from './fakeElectron';

vi.mock('electron', () => import('./fakeElectron'));

const userData = tempDir();
app.userDataDir = userData;

function window(): BrowserWindow {
  return BrowserWindow.created[0]!;
}

function invokeFrom(frame: FakeFrame, method: string, input: unknown = {}): Promise<unknown> {
  const handler = ipcMain.handlers.get(invokeChannel)!;
  return handler({ sender: window().webContents, senderFrame: frame }, method, input) as Promise<unknown>;
}

let created: unknown;
beforeAll(async () => {
  await import('../../electron/shell/main');
  await new Promise((resolve) => setImmediate(resolve));
  created = await invokeFrom(window().webContents.mainFrame, 'vault.create', { passphrase });
});
afterAll(() => {
  for (const child of utilityProcess.forked) child.kill();
  removeDir(userData);
});

describe('starting Traject', () => {
  it('turns the sandbox on for every page before anything is shown', () => {
    expect(app.enableSandbox).toHaveBeenCalledTimes(1);
  });

  it('serves the built renderer on a privileged app:// scheme, registered before the app is ready', () => {
    expect(protocol.privileged).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
    expect(protocol.registerSchemesAsPrivileged.mock.invocationCallOrder[0]).toBeLessThan(app.whenReady.mock.invocationCallOrder[0]!);
    expect([...protocol.handlers.keys()]).toEqual(['app']);
  });

  it('opens one window on the built index.html over app://, never file://, with the sandboxed preload', () => {
    expect(BrowserWindow.created).toHaveLength(1);
    expect(window().loadedUrl).toBe('app://traject/index.html');
    expect(window().options.webPreferences!['preload']).toMatch(/\/preload\/index\.cjs$/);
  });

  it('hardens the session: our CSP on responses, permissions refused, no spellchecker downloads', () => {
    const appSession = session.defaultSession;
    expect(appSession.headersListener).not.toBeNull();
    expect(appSession.permissionRequest).not.toBeNull();
    expect(appSession.permissionCheck).not.toBeNull();
    expect(appSession.spellChecker).toBe(false);
  });

  it('runs the core in one utility process, started from the core.js built beside the main process', () => {
    expect(utilityProcess.forked).toHaveLength(1);
    expect(utilityProcess.forked[0]!.modulePath).toMatch(/[/\\]core\.js$/);
  });

  it('registers one handler, which keeps the vault in the userData folder', async () => {
    expect([...ipcMain.handlers.keys()]).toEqual([invokeChannel]);
    expect(created).toMatchObject({ ok: true });
    expect(existsSync(join(userData, 'vault', 'vault.key'))).toBe(true);
  });

  it('brings the window forward when Traject is started a second time', () => {
    const focus = vi.spyOn(window(), 'focus');
    app.emit('second-instance');
    expect(focus).toHaveBeenCalledTimes(1);
  });
});

describe('ending a session', () => {
  it('locks the vault in the core process before Traject quits', async () => {
    await expect(invokeFrom(window().webContents.mainFrame, 'vault.unlock', { passphrase })).resolves.toMatchObject({
      value: { state: 'unlocked' },
    });
    app.emit('will-quit', quitEvent());
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalled());
    await expect(invokeFrom(window().webContents.mainFrame, 'vault.status')).resolves.toMatchObject({ value: { state: 'locked' } });
  });

  it('quits when the window is closed, and answers nothing from a closed window', async () => {
    app.emit('window-all-closed');
    expect(app.quit).toHaveBeenCalled();
    const frame = window().webContents.mainFrame;
    window().emit('closed');
    await expect(invokeFrom(frame, 'vault.status')).resolves.toMatchObject({ ok: false, error: { reason: 'forbidden_sender' } });
  });
});
