import { describe, expect, it } from 'vitest';
import { isAppPage, resolveAppPageUrl } from '../../electron/shell/appPage';

const rendererDir = '/opt/Traject/out/renderer';

describe('the app page', () => {
  it('is the built index.html in a packaged app, whatever the environment says', () => {
    const url = resolveAppPageUrl({ isPackaged: true, devServerUrl: 'http://localhost:5173/', rendererDir });
    expect(url).toBe('file:///opt/Traject/out/renderer/index.html');
  });

  it('is the local dev server while developing', () => {
    expect(resolveAppPageUrl({ isPackaged: false, devServerUrl: 'http://localhost:5173', rendererDir })).toBe('http://localhost:5173/');
  });

  it.each(['https://example.com/', 'http://192.168.1.20:5173/', 'file:///tmp/evil.html', 'not a url'])(
    'ignores a dev server address that is not this computer: %s',
    (devServerUrl) => {
      expect(resolveAppPageUrl({ isPackaged: false, devServerUrl, rendererDir })).toBe('file:///opt/Traject/out/renderer/index.html');
    },
  );

  it('treats a route in the hash as the same page', () => {
    expect(isAppPage('file:///opt/Traject/out/renderer/index.html#/clienten/3', 'file:///opt/Traject/out/renderer/index.html')).toBe(true);
  });

  it.each(['file:///opt/Traject/out/renderer/other.html', 'file:///opt/Traject/out/renderer/index.html?x=1', 'https://example.com/index.html', ''])(
    'treats %s as another page',
    (url) => {
      expect(isAppPage(url, 'file:///opt/Traject/out/renderer/index.html')).toBe(false);
    },
  );
});
