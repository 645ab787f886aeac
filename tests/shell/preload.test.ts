import { describe, expect, it, vi } from 'vitest';
import { invokeChannel } from '../../electron/shell/channel';
import { contextBridge, ipcRenderer } from './fakeElectron';
import '../../electron/shell/preload';

vi.mock('electron', () => import('./fakeElectron'));

function exposed(): { name: string; api: Record<string, unknown> } {
  const [name, api] = contextBridge.exposeInMainWorld.mock.calls[0] as [string, Record<string, unknown>];
  return { name, api };
}

describe('the preload', () => {
  it('exposes exactly one object, window.traject, once', () => {
    expect(contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    expect(exposed().name).toBe('traject');
  });

  it('offers invoke and nothing else: no ipcRenderer, no Node', () => {
    const { api } = exposed();
    expect(Object.keys(api)).toEqual(['invoke']);
    expect(typeof api['invoke']).toBe('function');
    expect(Object.values(api)).not.toContain(ipcRenderer);
  });

  it('sends the method and input over the one channel and passes nothing else along', async () => {
    const invoke = exposed().api['invoke'] as (...args: unknown[]) => Promise<unknown>;
    ipcRenderer.invoke.mockResolvedValueOnce({ ok: true, value: { state: 'absent' } });
    await expect(invoke('vault.status', {}, 'sneaky extra')).resolves.toEqual({ ok: true, value: { state: 'absent' } });
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith(invokeChannel, 'vault.status', {});
  });
});
