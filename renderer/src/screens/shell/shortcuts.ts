const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.userAgent);

/** Ctrl on Windows and Linux, Cmd on a Mac. */
export function isCommand(event: KeyboardEvent, key: string): boolean {
  const modifier = isMac ? event.metaKey && !event.ctrlKey : event.ctrlKey && !event.metaKey;
  return modifier && !event.altKey && !event.shiftKey && event.key.toLowerCase() === key;
}

/** How a shortcut is written on this computer: `Ctrl+L` or `⌘L`. */
export function shortcutLabel(key: string): string {
  return isMac ? `⌘${key.toUpperCase()}` : `Ctrl+${key.toUpperCase()}`;
}

/** The same shortcut for assistive technology (`aria-keyshortcuts`). */
export function ariaShortcut(key: string): string {
  return `${isMac ? 'Meta' : 'Control'}+${key.toUpperCase()}`;
}
