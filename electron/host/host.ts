import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createCore, type Core } from '../core/index';
import { contentSecurityPolicy } from '../../shared/security/contentSecurityPolicy';
import { serveStatic } from './static';

export interface HostOptions {
  vaultDir: string;
  rendererDir: string;
  port?: number;
  core?: Core;
}

export interface Host {
  url: string;
  token: string;
  core: Core;
  close(): Promise<void>;
}

const maxBodyBytes = 4 * 1024 * 1024;

export { contentSecurityPolicy };

function send(res: ServerResponse, status: number, body: string, type = 'application/json; charset=utf-8'): void {
  res.writeHead(status, {
    'content-type': type,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
  });
  res.end(body);
}

/** Beyond this a caller that keeps sending is cut off rather than drained. */
const maxDrainBytes = 64 * 1024 * 1024;

/**
 * The request body, or null when it is larger than the API takes. An oversized body is read to its
 * end and dropped, so the caller gets a 413 answer instead of a reset connection.
 */
function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxDrainBytes) {
        req.destroy();
        return;
      }
      if (size <= maxBodyBytes) chunks.push(chunk);
    });
    req.on('end', () => resolve(size > maxBodyBytes ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** A path whose percent escapes decode to text: `/%` and `/%E0%A4%A` do not. */
function decodable(path: string): boolean {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

function sameToken(given: string | string[] | undefined, token: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Browser mode: the built renderer and the API on 127.0.0.1 only. A random token per run
 * keeps other local programs and web pages out; the Host check stops DNS rebinding.
 */
export async function startHost(options: HostOptions): Promise<Host> {
  const core = options.core ?? createCore(options.vaultDir);
  const token = randomBytes(32).toString('base64url');
  let allowedHosts: string[] = [];

  const server = createServer((req, res) => {
    void handle(req, res).catch(() => send(res, 500, JSON.stringify({ error: 'internal' })));
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!allowedHosts.includes(req.headers.host ?? '')) return send(res, 421, JSON.stringify({ error: 'wrong host' }));
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    if (path === '/api/invoke') {
      if (req.method !== 'POST') return send(res, 405, JSON.stringify({ error: 'method not allowed' }));
      const origin = req.headers.origin;
      if (origin !== undefined && !allowedHosts.some((h) => origin === `http://${h}`)) {
        return send(res, 403, JSON.stringify({ error: 'foreign origin' }));
      }
      if (!sameToken(req.headers['x-traject-token'], token)) return send(res, 401, JSON.stringify({ error: 'token' }));
      const body = await readBody(req);
      if (body === null) return send(res, 413, JSON.stringify({ error: 'too large', maxBytes: maxBodyBytes }));
      let request: { method?: unknown; input?: unknown };
      try {
        request = JSON.parse(body) as typeof request;
      } catch {
        request = {};
      }
      const result = await core.dispatch(typeof request.method === 'string' ? request.method : '', request.input ?? {});
      return send(res, 200, JSON.stringify(result));
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, JSON.stringify({ error: 'method not allowed' }));
    if (!decodable(path)) return send(res, 400, JSON.stringify({ error: 'malformed path' }));
    return serveStatic(options.rendererDir, path, res, contentSecurityPolicy);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  return {
    url: `http://127.0.0.1:${port}/#token=${token}`,
    token,
    core,
    close: () =>
      new Promise<void>((resolve) => {
        core.vault.lock();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
