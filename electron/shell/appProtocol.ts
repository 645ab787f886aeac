import { realpathSync, statSync } from 'node:fs';
import { extname, isAbsolute, relative, resolve } from 'node:path';
import { rendererContentTypes } from '../../shared/security/contentTypes';
import { contentSecurityPolicy } from '../../shared/security/contentSecurityPolicy';

/**
 * The window's page comes from `app://traject/…`, never from file://: a file:// page may read any
 * file its URL can name, while this scheme answers only files of the built renderer's folder.
 * Plain Node, no Electron, so every refusal is tested here.
 */
export const appScheme = 'app';
export const appHost = 'traject';
export const appPageUrl = `${appScheme}://${appHost}/index.html`;

/** Sent with every answer, refusals too: the page's policy, and no guessing of types. */
export const appResponseHeaders = {
  'Content-Security-Policy': contentSecurityPolicy,
  'X-Content-Type-Options': 'nosniff',
  'Cache-Control': 'no-store',
} as const;

export type AppFile =
  | { ok: true; path: string; headers: Record<string, string> }
  | { ok: false; status: 400 | 403 | 404 | 405; reason: string; headers: Record<string, string> };

function refuse(status: 400 | 403 | 404 | 405, reason: string): AppFile {
  return { ok: false, status, reason, headers: { ...appResponseHeaders, 'Content-Type': 'text/plain; charset=utf-8' } };
}

function isInside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

/** The path part of the URL as the file system would see it, or null when it could escape or is malformed. */
function decodedPath(pathname: string): string | null {
  let path: string;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  // Decoded once only: a '%' left over means double encoding (%252e); no file of the build has one.
  if (/[\0\\%]/.test(path) || path.includes(':')) return null;
  if (path.split('/').some((segment) => segment === '..' || segment === '.')) return null;
  return path === '/' || path === '' ? '/index.html' : path;
}

/** Which file of the renderer folder answers this request, or why none does. Query and hash are ignored. */
export function resolveAppFile(requestUrl: string, rendererDir: string, method = 'GET'): AppFile {
  if (method !== 'GET' && method !== 'HEAD') return refuse(405, 'method');
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return refuse(400, 'malformed');
  }
  if (url.protocol !== `${appScheme}:` || url.hostname.toLowerCase() !== appHost) return refuse(403, 'other_origin');
  if (url.username !== '' || url.password !== '' || url.port !== '') return refuse(403, 'other_origin');
  const path = decodedPath(url.pathname);
  if (path === null) return refuse(400, 'malformed');
  const root = resolve(rendererDir);
  const wanted = resolve(root, `.${path}`);
  if (!isInside(root, wanted)) return refuse(403, 'outside');
  let real: string;
  try {
    // A symbolic link may point anywhere: what counts is where the file really is.
    real = realpathSync(wanted);
    if (!isInside(realpathSync(root), real)) return refuse(403, 'outside');
    if (!statSync(real).isFile()) return refuse(404, 'not_found');
  } catch {
    return refuse(404, 'not_found');
  }
  const contentType = rendererContentTypes[extname(real).toLowerCase()];
  if (!contentType) return refuse(404, 'not_found');
  return { ok: true, path: real, headers: { ...appResponseHeaders, 'Content-Type': contentType } };
}
