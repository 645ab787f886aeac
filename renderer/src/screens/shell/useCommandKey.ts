import { useEffect, useEffectEvent } from 'react';
import { isCommand } from './shortcuts';

/** Ctrl/Cmd+`key` anywhere on the screen runs `onPress` instead of what the browser would do. */
export function useCommandKey(key: string, onPress: () => void): void {
  const press = useEffectEvent(onPress);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!isCommand(event, key)) return;
      event.preventDefault();
      press();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [key]);
}
