import { shell } from 'electron';

/** Only plain https links leave the app, and only to the default browser. */
export function isSafeExternalUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  // Credentials in a link are a phishing trick; no link of ours carries them.
  return parsed.protocol === 'https:' && parsed.username === '' && parsed.password === '';
}

/** The one door to the outside world. Returns whether the link was handed to the browser. */
export function openExternalLink(url: string): boolean {
  if (!isSafeExternalUrl(url)) return false;
  // Reviewed for the static scan: the link passed the https-only check just above.
  shell.openExternal(url).catch(() => { // eng-disable OPEN_EXTERNAL_JS_CHECK
    // No browser configured: nothing to do, and nothing of the app's state depends on it.
  });
  return true;
}
