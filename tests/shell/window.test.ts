import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createMainWindow } from '../../electron/shell/window';
import { app, BrowserWindow, navigationEvent, shell } from './fakeElectron';

vi.mock('electron', () => import('./fakeElectron'));

const pageUrl = 'app://traject/index.html';

function makeWindow(): BrowserWindow {
  return createMainWindow({ pageUrl, preloadPath: '/opt/Traject/out/preload/index.cjs' }) as unknown as BrowserWindow;
}

function openWindowFor(window: BrowserWindow, url: string): { action: string } {
  return window.webContents.windowOpenHandler!({ url });
}

beforeEach(() => {
  app.isPackaged = true;
  shell.openExternal.mockClear();
});

describe('the main window', () => {
  it('is created with every security flag locked down', () => {
    const prefs = makeWindow().options.webPreferences!;
    expect(prefs).toMatchObject({
      preload: '/opt/Traject/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false,
      devTools: false,
    });
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    expect(prefs).not.toHaveProperty('additionalArguments');
  });

  it('offers developer tools only in an unpackaged development build', () => {
    app.isPackaged = false;
    expect(makeWindow().options.webPreferences!.devTools).toBe(true);
  });

  it('loads our own page and shows itself once the page is ready', () => {
    const window = makeWindow();
    expect(window.loadedUrl).toBe(pageUrl);
    expect(window.visible).toBe(false);
    window.emit('ready-to-show');
    expect(window.visible).toBe(true);
  });
});

describe('navigation away from the app', () => {
  it('stays allowed within our own page, for a route in the hash', () => {
    const event = navigationEvent(`${pageUrl}#/clienten`);
    makeWindow().webContents.emit('will-navigate', event);
    expect(event.prevented()).toBe(false);
  });

  it.each([
    'file:///etc/passwd',
    'app://traject/other.html',
    'file:///opt/Traject/resources/app.asar/out/renderer/index.html',
    'http://example.com/',
    'javascript:alert(1)',
    'data:text/html,<h1>hi</h1>',
  ])('is refused for %s without opening anything', (url) => {
    const event = navigationEvent(url);
    makeWindow().webContents.emit('will-navigate', event);
    expect(event.prevented()).toBe(true);
    expect(shell.openExternal).not.toHaveBeenCalled();
  });

  it('sends an https link to the browser instead of replacing the app', () => {
    const event = navigationEvent('https://www.nobco.nl/');
    makeWindow().webContents.emit('will-navigate', event);
    expect(event.prevented()).toBe(true);
    expect(shell.openExternal).toHaveBeenCalledExactlyOnceWith('https://www.nobco.nl/');
  });

  it('refuses a redirect to another page', () => {
    const event = navigationEvent('https://example.com/');
    makeWindow().webContents.emit('will-redirect', event);
    expect(event.prevented()).toBe(true);
  });

  it('refuses to attach a webview', () => {
    const event = navigationEvent('about:blank');
    makeWindow().webContents.emit('will-attach-webview', event);
    expect(event.prevented()).toBe(true);
  });
});

describe('new windows', () => {
  it('are always denied, and an https link opens in the browser', () => {
    expect(openWindowFor(makeWindow(), 'https://www.emccglobal.org/')).toEqual({ action: 'deny' });
    expect(shell.openExternal).toHaveBeenCalledExactlyOnceWith('https://www.emccglobal.org/');
  });

  it.each(['http://example.com/', 'file:///etc/passwd', 'javascript:alert(1)', 'data:text/html,x', 'https://user:pw@example.com/', 'not a url'])(
    'are denied for %s and nothing is opened',
    (url) => {
      expect(openWindowFor(makeWindow(), url)).toEqual({ action: 'deny' });
      expect(shell.openExternal).not.toHaveBeenCalled();
    },
  );

  it('are denied even for our own page', () => {
    expect(openWindowFor(makeWindow(), pageUrl)).toEqual({ action: 'deny' });
    expect(BrowserWindow.created.every((w) => w.loadedUrl === pageUrl)).toBe(true);
  });
});
