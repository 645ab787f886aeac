import { appPageUrl } from './appProtocol';

export interface AppPageOptions {
  isPackaged: boolean;
  /** Set by electron-vite while developing; ignored in a packaged app. */
  devServerUrl: string | undefined;
}

const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]']);

function isLoopbackHttp(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' && loopbackHosts.has(parsed.hostname);
  } catch {
    return false;
  }
}

/** The one page the window shows: the built index.html on app://, or the local dev server while developing. */
export function resolveAppPageUrl(options: AppPageOptions): string {
  // An environment variable must never point a packaged app at remote content.
  if (!options.isPackaged && options.devServerUrl && isLoopbackHttp(options.devServerUrl)) {
    return new URL(options.devServerUrl).href;
  }
  return appPageUrl;
}

function withoutHash(url: string): string | null {
  try {
    const parsed = new URL(url);
    parsed.hash = '';
    return parsed.href;
  } catch {
    return null;
  }
}

/** Same document as our page; the hash is the renderer's own business (routes, nothing else). */
export function isAppPage(url: string, appPageUrl: string): boolean {
  const candidate = withoutHash(url);
  return candidate !== null && candidate === withoutHash(appPageUrl);
}
