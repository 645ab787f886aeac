import { createReadStream, existsSync, statSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { rendererContentTypes } from '../../shared/security/contentTypes';

/** Serve a file of the built renderer; never anything outside its folder. */
export function serveStatic(root: string, urlPath: string, res: ServerResponse, csp: string): void {
  const base = resolve(root);
  const wanted = resolve(join(base, normalize(decodeURIComponent(urlPath === '/' ? '/index.html' : urlPath))));
  const headers = {
    'content-security-policy': csp,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': 'no-store',
  };
  if (!(wanted === base || wanted.startsWith(base + sep)) || !existsSync(wanted) || !statSync(wanted).isFile()) {
    if (!existsSync(join(base, 'index.html'))) {
      res.writeHead(503, { ...headers, 'content-type': 'text/plain; charset=utf-8' });
      res.end('The renderer is not built yet: run `npm run build:renderer`.\n');
      return;
    }
    res.writeHead(404, { ...headers, 'content-type': 'text/plain; charset=utf-8' });
    res.end('Not found\n');
    return;
  }
  res.writeHead(200, { ...headers, 'content-type': rendererContentTypes[extname(wanted)] ?? 'application/octet-stream' });
  createReadStream(wanted).pipe(res);
}
