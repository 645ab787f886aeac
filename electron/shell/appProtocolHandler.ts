import { readFile } from 'node:fs/promises';
import type { CustomScheme, Protocol } from 'electron';
import { appScheme, resolveAppFile } from './appProtocol';

/** Registered before the app is ready: a standard, secure origin of its own, so 'self' in the CSP means this folder. */
export const appSchemePrivileges: CustomScheme = {
  scheme: appScheme,
  privileges: { standard: true, secure: true, supportFetchAPI: true },
};

/** Answer app:// requests with files of the built renderer, and nothing else (see resolveAppFile). */
export function serveAppProtocol(protocol: Pick<Protocol, 'handle'>, rendererDir: string): void {
  protocol.handle(appScheme, async (request) => {
    const file = resolveAppFile(request.url, rendererDir, request.method);
    if (!file.ok) return new Response(null, { status: file.status, headers: file.headers });
    const body = request.method === 'HEAD' ? null : await readFile(file.path);
    return new Response(body, { status: 200, headers: file.headers });
  });
}
