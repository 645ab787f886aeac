const storageKey = 'traject.token';

/**
 * Browser mode: the host hands out its token in the URL fragment. Keep it for this tab only
 * and take it out of the address bar, so it is not bookmarked, shared or left in history.
 */
export function takeTokenFromLocation(): string | null {
  const match = /(?:^#|&)token=([^&]+)/.exec(window.location.hash);
  if (match?.[1]) {
    sessionStorage.setItem(storageKey, decodeURIComponent(match[1]));
    window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
  }
  return sessionStorage.getItem(storageKey);
}
