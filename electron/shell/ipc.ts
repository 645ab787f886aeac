import type { BrowserWindow, IpcMain, IpcMainInvokeEvent } from 'electron';
import type { Dispatch } from '../core';
import type { Result } from '../../shared/errors';
import { isAppPage } from './appPage';
import { invokeChannel } from './channel';

const refused: Result<never> = {
  ok: false,
  error: {
    code: 'INVALID_INPUT',
    field: 'sender',
    reason: 'forbidden_sender',
    message: 'This request did not come from the Traject window; it was refused.',
  },
};

/** True only for the main frame of our own window while it shows our own page. */
export function isFromAppWindow(event: IpcMainInvokeEvent, window: BrowserWindow | null, pageUrl: string): boolean {
  const frame = event.senderFrame;
  if (!frame || !window || window.isDestroyed()) return false;
  if (event.sender.id !== window.webContents.id) return false;
  if (frame.parent !== null) return false;
  return isAppPage(frame.url, pageUrl);
}

/** Register the one handler: check the sender, then hand over to core's dispatch (which validates everything). */
export function registerInvokeHandler(
  ipcMain: IpcMain,
  dispatch: Dispatch,
  isTrustedSender: (event: IpcMainInvokeEvent) => boolean,
): void {
  ipcMain.handle(invokeChannel, async (event, method: unknown, input: unknown) => {
    if (!isTrustedSender(event)) return refused;
    // dispatch checks the method name itself, including its type.
    return dispatch(method as string, input);
  });
}
