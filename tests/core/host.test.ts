import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHost, type Host } from '../../electron/host/host';
import { removeDir, tempDir } from '../support/tempVault';

function send(url: string, options: { method?: string; headers?: Record<string, string>; body?: string }) {
  return new Promise<{ status: number; body: string; headers: Record<string, unknown> }>((resolve, reject) => {
    const req = request(url, { method: options.method ?? 'GET', headers: options.headers }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('the loopback host', () => {
  let dir: string;
  let host: Host;
  let base: string;
  beforeAll(async () => {
    dir = tempDir();
    const rendererDir = join(dir, 'renderer');
    mkdirSync(rendererDir);
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Traject</title>');
    writeFileSync(join(dir, 'secret.txt'), 'not for the browser');
    host = await startHost({ vaultDir: join(dir, 'vault'), rendererDir });
    base = host.url.split('#')[0]!;
  });
  afterAll(async () => {
    await host.close();
    removeDir(dir);
  });

  const invoke = (headers: Record<string, string>, body = JSON.stringify({ method: 'vault.status', input: {} })) =>
    send(`${base}api/invoke`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

  it('listens on 127.0.0.1 only, with a long random token in the printed address', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#token=[A-Za-z0-9_-]{40,}$/);
  });

  it('answers API calls that carry the token', async () => {
    const res = await invoke({ 'x-traject-token': host.token });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toEqual({ ok: true, value: { state: 'absent', autoLockMinutes: null, language: null, readOnly: false } });
  });

  it('refuses calls without the right token', async () => {
    expect((await invoke({})).status).toBe(401);
    expect((await invoke({ 'x-traject-token': `${host.token.slice(0, -1)}x` })).status).toBe(401);
  });

  it('refuses another origin and another Host name (DNS rebinding)', async () => {
    expect((await invoke({ 'x-traject-token': host.token, origin: 'http://evil.example' })).status).toBe(403);
    expect((await invoke({ 'x-traject-token': host.token, host: 'evil.example' })).status).toBe(421);
  });

  it('serves the app with a strict content security policy', async () => {
    const res = await send(base, {});
    expect(res.status).toBe(200);
    expect(String(res.headers['content-security-policy'])).toContain("script-src 'self'");
    expect(String(res.headers['content-security-policy'])).not.toContain('unsafe');
  });

  it('answers a malformed path with 400, not a server error', async () => {
    for (const path of ['/%', '/%E0%A4%A', '/assets/%zz.js']) {
      const res = await send(`${base.slice(0, -1)}${path}`, {});
      expect(res.status, path).toBe(400);
    }
    expect((await send(base, {})).status).toBe(200);
  });

  it('answers a 10 MB request with 413 and keeps serving', async () => {
    const big = JSON.stringify({ method: 'vault.status', input: { padding: 'x'.repeat(10 * 1024 * 1024) } });
    const res = await invoke({ 'x-traject-token': host.token }, big);
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body)).toMatchObject({ error: 'too large', maxBytes: 4 * 1024 * 1024 });
    expect((await invoke({ 'x-traject-token': host.token })).status).toBe(200);
  });

  it('never serves files outside the app folder', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt']) {
      const res = await send(`${base.slice(0, -1)}${path}`, {});
      expect(res.body).not.toContain('not for the browser');
    }
  });
});
