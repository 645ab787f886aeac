import { contextBridge, ipcRenderer } from 'electron';
import type { Result } from '../../shared/errors';
import { invokeChannel } from './channel';

/**
 * The whole surface the page gets: `window.traject.invoke(method, input): Promise<Result>`.
 * The renderer declares this type itself (renderer/src/api); no ipcRenderer or Node object crosses over.
 */
const traject = {
  invoke(method: string, input?: unknown): Promise<Result<unknown>> {
    return ipcRenderer.invoke(invokeChannel, method, input) as Promise<Result<unknown>>;
  },
};

contextBridge.exposeInMainWorld('traject', traject);
