import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, ipcMain, protocol, session, type BrowserWindow } from 'electron';
import { connectCore } from '../core/worker/client';
import { resolveAppPageUrl } from './appPage';
import { appSchemePrivileges, serveAppProtocol } from './appProtocolHandler';
import { startCoreProcess } from './coreProcess';
import { applyContentSecurityPolicy } from './csp';
import { isFromAppWindow, registerInvokeHandler } from './ipc';
import { denyAllPermissions } from './permissions';
import { withReportSaving } from './reportSaving';
import { lockVaultWithTheSystem } from './vaultLocks';
import { createMainWindow } from './window';

// Built layout: out/main/index.js and core.js (the core process), out/preload/index.cjs, out/renderer/index.html.
const mainDir = dirname(fileURLToPath(import.meta.url));

function start(): void {
  // From a checkout, `npm start` builds the database module for Electron beside the Node build (see start.mjs);
  // a packaged app carries a module rebuilt for Electron in place.
  const nativeBinding = app.isPackaged ? undefined : process.env['TRAJECT_ELECTRON_NATIVE_BINDING'];
  // Packaged: electron-builder copies resources/fonts to the app's resources folder (extraResources).
  const fontDir = app.isPackaged ? join(process.resourcesPath, 'fonts') : join(mainDir, '../../resources/fonts');
  // The core runs in a utility process (core.js, built beside this file); the page's calls are forwarded to it.
  const core = connectCore(() => startCoreProcess(join(mainDir, 'core.js')), {
    vaultDir: join(app.getPath('userData'), 'vault'),
    fontDir,
    ...(nativeBinding ? { nativeBinding } : {}),
  });
  const pageUrl = resolveAppPageUrl({ isPackaged: app.isPackaged, devServerUrl: process.env['ELECTRON_RENDERER_URL'] });
  serveAppProtocol(protocol, join(mainDir, '../renderer'));

  const appSession = session.defaultSession;
  // The Vite dev server injects inline scripts for hot reload, so only the built page gets the header.
  if (pageUrl.startsWith('app:')) applyContentSecurityPolicy(appSession);
  denyAllPermissions(appSession);
  appSession.setSpellCheckerEnabled(false);

  // The handler is in place before the page can ask anything.
  let window: BrowserWindow | null = null;
  registerInvokeHandler(ipcMain, withReportSaving(core.dispatch, () => window), (event) => isFromAppWindow(event, window, pageUrl));
  lockVaultWithTheSystem(core);

  window = createMainWindow({ pageUrl, preloadPath: join(mainDir, '../preload/index.cjs') });
  window.on('closed', () => {
    window = null;
  });

  app.on('second-instance', () => {
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });
}

// Two instances on one vault would open the same database twice.
if (app.requestSingleInstanceLock()) {
  app.enableSandbox();
  // Only possible before the app is ready.
  protocol.registerSchemesAsPrivileged([appSchemePrivileges]);
  // Closing the window ends the session: the vault locks on quit.
  app.on('window-all-closed', () => app.quit());
  void app.whenReady().then(start);
} else {
  app.quit();
}
