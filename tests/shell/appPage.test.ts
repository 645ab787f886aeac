import { describe, expect, it } from 'vitest';
import { isAppPage, resolveAppPageUrl } from '../../electron/shell/appPage';

const appPage = 'app://traject/index.html';

describe('the app page', () => {
  it('is the built index.html on the app:// scheme in a packaged app, whatever the environment says', () => {
    expect(resolveAppPageUrl({ isPackaged: true, devServerUrl: 'http://localhost:5173/' })).toBe(appPage);
  });

  it('is the local dev server while developing', () => {
    expect(resolveAppPageUrl({ isPackaged: false, devServerUrl: 'http://localhost:5173' })).toBe('http://localhost:5173/');
  });

  it('is never a file:// page', () => {
    expect(resolveAppPageUrl({ isPackaged: false, devServerUrl: undefined })).toBe(appPage);
  });

  it.each(['https://example.com/', 'http://192.168.1.20:5173/', 'file:///tmp/evil.html', 'not a url'])(
    'ignores a dev server address that is not this computer: %s',
    (devServerUrl) => {
      expect(resolveAppPageUrl({ isPackaged: false, devServerUrl })).toBe(appPage);
    },
  );

  it('treats a route in the hash as the same page', () => {
    expect(isAppPage('app://traject/index.html#/clienten/3', appPage)).toBe(true);
  });

  it.each([
    'app://traject/other.html',
    'app://traject/index.html?x=1',
    'app://elsewhere/index.html',
    'file:///opt/Traject/out/renderer/index.html',
    'https://example.com/index.html',
    '',
  ])('treats %s as another page', (url) => {
    expect(isAppPage(url, appPage)).toBe(false);
  });
});
