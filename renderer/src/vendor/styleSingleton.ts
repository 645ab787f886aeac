/*
 * Stand-in for `react-style-singleton` (used by the dialogs' scroll lock). The original injects
 * <style> elements, which our Content Security Policy (style-src 'self') rightly blocks. The scroll
 * lock itself lives in styles/base.css as `body[data-scroll-locked]`; vite.config.ts points the
 * package name here.
 */
type StyleProps = { styles: string; dynamic?: boolean };

export function styleSingleton(): (props: StyleProps) => null {
  return () => null;
}

export function stylesheetSingleton(): { add: (style: string) => void; remove(): void } {
  return { add: () => undefined, remove: () => undefined };
}

export function styleHookSingleton(): (styles: string, isDynamic?: boolean) => void {
  return () => undefined;
}
