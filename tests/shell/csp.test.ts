import { readFileSync } from 'node:fs';
import type { Session } from 'electron';
import { describe, expect, it } from 'vitest';
import { applyContentSecurityPolicy, contentSecurityPolicy } from '../../electron/shell/csp';
import { FakeSession } from './fakeElectron';

type HeadersCallback = (response: { responseHeaders?: Record<string, string[]> }) => void;

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name, ...sources] = part.trim().split(/\s+/);
      return [name!, sources];
    }),
  );
}

function respond(responseHeaders: Record<string, string[]>): Record<string, string[]> {
  const session = new FakeSession();
  applyContentSecurityPolicy(session as unknown as Session);
  let answered: Record<string, string[]> | undefined;
  const callback: HeadersCallback = (response) => (answered = response.responseHeaders);
  (session.headersListener as unknown as (details: unknown, cb: HeadersCallback) => void)(
    { url: 'app://traject/index.html', resourceType: 'mainFrame', responseHeaders },
    callback,
  );
  return answered!;
}

describe('the content security policy', () => {
  it('allows no inline code, no eval and nothing from outside the app', () => {
    expect(contentSecurityPolicy).not.toMatch(/unsafe-inline|unsafe-eval|wasm-unsafe-eval|unsafe-hashes|\*|https?:/);
  });

  it('names every directive the app relies on', () => {
    expect(Object.fromEntries(directives(contentSecurityPolicy))).toEqual({
      'default-src': ["'self'"],
      'script-src': ["'self'"],
      'style-src': ["'self'"],
      'img-src': ["'self'", 'data:', 'blob:'],
      'font-src': ["'self'"],
      'connect-src': ["'self'"],
      'object-src': ["'none'"],
      'base-uri': ["'none'"],
      'form-action': ["'none'"],
      'frame-ancestors': ["'none'"],
    });
  });

  it('is put on every response', () => {
    expect(respond({ 'Content-Type': ['text/html'] })).toEqual({
      'Content-Type': ['text/html'],
      'Content-Security-Policy': [contentSecurityPolicy],
    });
  });

  it('replaces a looser policy that a response brought along, whatever its spelling', () => {
    const headers = respond({ 'content-security-policy': ["script-src 'unsafe-inline'"], 'CONTENT-SECURITY-POLICY': ['default-src *'] });
    expect(headers).toEqual({ 'Content-Security-Policy': [contentSecurityPolicy] });
  });
});

describe("the renderer's index.html", () => {
  it('carries the same policy in its meta tag, apart from frame-ancestors, which only a header can carry', () => {
    const html = readFileSync(new URL('../../renderer/index.html', import.meta.url), 'utf8');
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html);
    const expected = new Map(directives(contentSecurityPolicy));
    expected.delete('frame-ancestors');
    expect(directives(meta![1]!)).toEqual(expected);
  });
});
