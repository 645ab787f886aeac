import type { Session } from 'electron';

import { contentSecurityPolicy } from '../../shared/security/contentSecurityPolicy';

export { contentSecurityPolicy };

/** Put our policy on every response, replacing whatever policy a response brought along. */
export function applyContentSecurityPolicy(session: Session): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    const responseHeaders: Record<string, string[]> = {};
    for (const [name, value] of Object.entries(details.responseHeaders ?? {})) {
      if (name.toLowerCase() !== 'content-security-policy') responseHeaders[name] = value;
    }
    responseHeaders['Content-Security-Policy'] = [contentSecurityPolicy];
    callback({ responseHeaders });
  });
}
