import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appPageUrl, resolveAppFile } from '../../electron/shell/appProtocol';
import { serveAppProtocol } from '../../electron/shell/appProtocolHandler';
import { contentSecurityPolicy } from '../../shared/security/contentSecurityPolicy';
import { removeDir, tempDir } from '../support/tempVault';

// A built renderer beside a secret it must never hand out, and links that point out of the folder.
let folder: string;
let renderer: string;
beforeAll(() => {
  folder = tempDir();
  renderer = join(folder, 'renderer');
  mkdirSync(join(renderer, 'assets'), { recursive: true });
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Traject</title>');
  writeFileSync(join(renderer, 'assets', 'index-3f2a.js'), 'console.log("Traject")');
  writeFileSync(join(renderer, 'assets', 'index-3f2a.css'), 'body{}');
  writeFileSync(join(renderer, 'assets', 'pdf.worker.min-9c1d.mjs'), 'self.onmessage=null');
  writeFileSync(join(renderer, 'assets', 'NotoSans-Regular.woff2'), 'wOF2');
  writeFileSync(join(renderer, 'assets', 'notes.exe'), 'MZ');
  writeFileSync(join(folder, 'vault.key'), 'secret');
  mkdirSync(join(folder, 'renderer-old'));
  writeFileSync(join(folder, 'renderer-old', 'index.html'), 'old');
  symlinkSync(join(folder, 'vault.key'), join(renderer, 'assets', 'key.js'));
  symlinkSync(folder, join(renderer, 'up'));
});
afterAll(() => removeDir(folder));

function served(url: string): string | number {
  const file = resolveAppFile(url, renderer);
  return file.ok ? file.path : file.status;
}

describe('the app:// scheme', () => {
  it('answers the page itself, and the bare origin with the page too', () => {
    expect(served(appPageUrl)).toBe(join(renderer, 'index.html'));
    expect(served('app://traject/')).toBe(join(renderer, 'index.html'));
    expect(served('app://traject')).toBe(join(renderer, 'index.html'));
  });

  it('answers a file of the build, ignoring query and hash', () => {
    expect(served('app://traject/assets/index-3f2a.js?v=2#top')).toBe(join(renderer, 'assets', 'index-3f2a.js'));
    expect(served('app://traject/index.html#/clienten/3')).toBe(join(renderer, 'index.html'));
  });

  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['assets/index-3f2a.js', 'text/javascript; charset=utf-8'],
    ['assets/pdf.worker.min-9c1d.mjs', 'text/javascript; charset=utf-8'],
    ['assets/index-3f2a.css', 'text/css; charset=utf-8'],
    ['assets/NotoSans-Regular.woff2', 'font/woff2'],
  ])('sends %s as %s, with the CSP and no type sniffing', (path, type) => {
    const file = resolveAppFile(`app://traject/${path}`, renderer);
    expect(file.headers).toMatchObject({ 'Content-Type': type, 'Content-Security-Policy': contentSecurityPolicy, 'X-Content-Type-Options': 'nosniff' });
  });

  it.each([
    ['../', 'app://traject/../vault.key'],
    ['../ deeper', 'app://traject/assets/../../vault.key'],
    ['%2e%2e/', 'app://traject/%2e%2e/vault.key'],
    ['%2e%2e%2f', 'app://traject/%2e%2e%2fvault.key'],
    ['%2E%2E%2F in capitals', 'app://traject/assets/%2E%2E%2F%2E%2E%2Fvault.key'],
    ['double-encoded %252e', 'app://traject/%252e%252e%252fvault.key'],
    ['a backslash', 'app://traject/..\\vault.key'],
    ['an encoded backslash', 'app://traject/..%5cvault.key'],
    ['a NUL byte', 'app://traject/index.html%00.js'],
    ['an absolute path', 'app://traject//etc/passwd'],
    ['an encoded absolute path', 'app://traject/%2fetc%2fpasswd'],
    ['a drive letter', 'app://traject/C:/Windows/win.ini'],
    ['a neighbouring folder with the same prefix', 'app://traject/../renderer-old/index.html'],
    ['a broken escape', 'app://traject/%E0%A4%A'],
  ])('never answers a file outside the folder: %s', (_what, url) => {
    const file = resolveAppFile(url, renderer);
    expect(file.ok).toBe(false);
    expect(JSON.stringify(file)).not.toContain('secret');
  });

  it('refuses a symbolic link that points out of the folder, to a file or to a folder', () => {
    expect(served('app://traject/assets/key.js')).toBe(403);
    expect(served('app://traject/up/vault.key')).toBe(403);
  });

  it.each(['app://elsewhere/index.html', 'app:///index.html', 'app://user@traject/index.html', 'app://traject:8080/index.html', 'file:///etc/passwd', 'https://traject/index.html'])(
    'refuses another origin: %s',
    (url) => {
      expect(served(url)).toBe(403);
    },
  );

  it('answers 404 for a file that is not there, a folder, or a kind of file the app does not ship', () => {
    expect(served('app://traject/assets/missing.js')).toBe(404);
    expect(served('app://traject/assets')).toBe(404);
    expect(served('app://traject/assets/notes.exe')).toBe(404);
  });

  it('only reads: any method but GET and HEAD is refused', () => {
    expect(resolveAppFile(appPageUrl, renderer, 'POST')).toMatchObject({ ok: false, status: 405 });
    expect(resolveAppFile(appPageUrl, renderer, 'HEAD')).toMatchObject({ ok: true });
  });
});

describe('the protocol handler', () => {
  type Handler = (request: Request) => Promise<Response>;
  let handler: Handler;
  beforeAll(() => {
    serveAppProtocol({ handle: (_scheme: string, h: Handler) => void (handler = h) } as never, renderer);
  });

  it('answers the file’s bytes with its type and the CSP header', async () => {
    const response = await handler(new Request('app://traject/assets/index-3f2a.js'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    expect(Buffer.from(await response.arrayBuffer())).toEqual(readFileSync(join(renderer, 'assets', 'index-3f2a.js')));
  });

  it('answers a refusal with its status, no body, and the CSP header still on', async () => {
    const response = await handler(new Request('app://traject/assets/key.js'));
    expect(response.status).toBe(403);
    expect(await response.text()).toBe('');
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
  });
});
