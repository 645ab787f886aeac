import { describe, expect, it, vi } from 'vitest';
import { app, BrowserWindow, ipcMain } from './fakeElectron';

vi.mock('electron', () => import('./fakeElectron'));

describe('a second Traject on the same computer', () => {
  it('quits at once and leaves the vault to the first one', async () => {
    app.requestSingleInstanceLock.mockReturnValue(false);
    await import('../../electron/shell/main');
    await new Promise((resolve) => setImmediate(resolve));
    expect(app.quit).toHaveBeenCalledTimes(1);
    expect(app.whenReady).not.toHaveBeenCalled();
    expect(BrowserWindow.created).toHaveLength(0);
    expect(ipcMain.handlers.size).toBe(0);
  });
});
