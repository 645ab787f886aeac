import { app, BrowserWindow, type WebContents } from 'electron';
import { isAppPage } from './appPage';
import { openExternalLink } from './externalLinks';

export interface MainWindowOptions {
  /** The app's own page (app://traject/index.html or the dev server); nothing else is ever shown. */
  pageUrl: string;
  preloadPath: string;
}

/** Keep the window on our page: links open in the browser (https only), everything else is refused. */
export function guardWebContents(contents: WebContents, pageUrl: string): void {
  contents.on('will-navigate', (event) => {
    if (isAppPage(event.url, pageUrl)) return;
    event.preventDefault();
    openExternalLink(event.url);
  });
  contents.on('will-redirect', (event) => {
    if (!isAppPage(event.url, pageUrl)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openExternalLink(url);
    return { action: 'deny' };
  });
}

/**
 * The one window factory. Every security flag is spelled out, even where it is Electron's default, so a
 * default change cannot loosen it, and written in the constructor itself, where a static scanner reads it.
 */
export function createMainWindow({ pageUrl, preloadPath }: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    title: 'Traject',
    width: 1200,
    height: 800,
    minWidth: 880,
    minHeight: 600,
    show: false,
    backgroundColor: '#f6f4ef',
    webPreferences: {
      // Reviewed for the static scan: the preload exposes one invoke function and nothing else (preload.ts).
      preload: preloadPath, // eng-disable PRELOAD_JS_CHECK
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      // A middle click would try to open a link in a new window; none is ever opened.
      disableBlinkFeatures: 'Auxclick',
      // Chromium's spellchecker downloads dictionaries: nothing leaves the machine.
      spellcheck: false,
      devTools: !app.isPackaged,
    },
  });
  guardWebContents(window.webContents, pageUrl);
  window.once('ready-to-show', () => window.show());
  void window.loadURL(pageUrl);
  return window;
}
