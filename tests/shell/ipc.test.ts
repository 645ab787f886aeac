import { join } from 'node:path';
import type { BrowserWindow as ElectronWindow, IpcMain, IpcMainInvokeEvent } from 'electron';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { createCore } from '../../electron/core';
import { invokeChannel } from '../../electron/shell/channel';
import { isFromAppWindow, registerInvokeHandler } from '../../electron/shell/ipc';
import { removeDir, tempDir } from '../support/tempVault';
import { BrowserWindow, FakeFrame, FakeIpcMain, FakeWebContents } from './fakeElectron';

vi.mock('electron', () => import('./fakeElectron'));

const pageUrl = 'app://traject/index.html';
const folder = tempDir();
const core = createCore(join(folder, 'vault'));
afterAll(() => removeDir(folder));

/** Our window showing our page, with the one handler registered on a fresh ipcMain. */
function setUp() {
  const window = new BrowserWindow({});
  void window.loadURL(pageUrl);
  const ipcMain = new FakeIpcMain();
  const dispatch = vi.fn(core.dispatch);
  registerInvokeHandler(ipcMain as unknown as IpcMain, dispatch, (event) =>
    isFromAppWindow(event, window as unknown as ElectronWindow, pageUrl),
  );
  const invoke = (sender: FakeWebContents, senderFrame: FakeFrame | null, method: unknown, input: unknown) =>
    ipcMain.handlers.get(invokeChannel)!({ sender, senderFrame } as unknown as IpcMainInvokeEvent, method, input);
  return { window, ipcMain, dispatch, invoke };
}

const refused = { ok: false, error: { code: 'INVALID_INPUT', field: 'sender', reason: 'forbidden_sender' } };

describe('the invoke handler', () => {
  it('is the only handler registered', () => {
    expect([...setUp().ipcMain.handlers.keys()]).toEqual(['traject:invoke']);
  });

  it("answers our own page's main frame through core", async () => {
    const { window, invoke } = setUp();
    await expect(invoke(window.webContents, window.webContents.mainFrame, 'vault.status', {})).resolves.toEqual({
      ok: true,
      value: { state: 'absent', autoLockMinutes: null, language: null, readOnly: false },
    });
  });

  it('still answers when the page shows a route in its hash', async () => {
    const { window, invoke } = setUp();
    const frame = new FakeFrame(`${pageUrl}#/instellingen`);
    await expect(invoke(window.webContents, frame, 'vault.status', {})).resolves.toMatchObject({ ok: true });
  });

  it('lets core refuse an unknown method or bad input, with the field at fault', async () => {
    const { window, invoke } = setUp();
    await expect(invoke(window.webContents, window.webContents.mainFrame, 'vault.erase', {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', field: 'method' },
    });
    await expect(invoke(window.webContents, window.webContents.mainFrame, 42, {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', field: 'method' },
    });
  });

  it.each([
    ['a remote page', 'https://evil.example/'],
    ['another local file', 'file:///tmp/evil.html'],
    ['a blank page', 'about:blank'],
  ])('refuses %s in our window without reaching core', async (_what, url) => {
    const { window, dispatch, invoke } = setUp();
    await expect(invoke(window.webContents, new FakeFrame(url), 'vault.status', {})).resolves.toMatchObject(refused);
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('refuses a subframe, even one showing our page', async () => {
    const { window, dispatch, invoke } = setUp();
    const child = new FakeFrame(pageUrl, window.webContents.mainFrame);
    await expect(invoke(window.webContents, child, 'vault.status', {})).resolves.toMatchObject(refused);
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('refuses another window, even one showing our page', async () => {
    const { dispatch, invoke } = setUp();
    const other = new FakeWebContents();
    await expect(invoke(other, new FakeFrame(pageUrl), 'vault.status', {})).resolves.toMatchObject(refused);
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('refuses a frame that is already gone, and a window that was closed', async () => {
    const { window, dispatch, invoke } = setUp();
    await expect(invoke(window.webContents, null, 'vault.status', {})).resolves.toMatchObject(refused);
    window.destroyed = true;
    await expect(invoke(window.webContents, window.webContents.mainFrame, 'vault.status', {})).resolves.toMatchObject(refused);
    expect(dispatch).not.toHaveBeenCalled();
  });
});
