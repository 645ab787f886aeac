import { useRef } from 'react';

/**
 * Focus goes back to the control that opened a dialog when it closes (our dialogs are opened by
 * state, not by a dialog trigger, so the dialog itself does not know that control). If that
 * control is gone (a removed row), the page's heading takes focus, never the page body.
 * Spread the result onto a radix Dialog.Content or AlertDialog.Content.
 */
export function useReturnFocus(): { onOpenAutoFocus: () => void; onCloseAutoFocus(event: Event): void } {
  const opener = useRef<HTMLElement | null>(null);
  return {
    onOpenAutoFocus: () => {
      // Called before the dialog moves focus inside, so this is still the control that opened it.
      const active = document.activeElement;
      opener.current = active instanceof HTMLElement && active !== document.body ? active : null;
    },
    onCloseAutoFocus: (event) => {
      const target = opener.current?.isConnected ? opener.current : document.querySelector<HTMLElement>('main h1, h1');
      opener.current = null;
      if (!target) return;
      event.preventDefault();
      target.focus();
    },
  };
}
