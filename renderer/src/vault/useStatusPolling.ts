import { useEffect } from 'react';
import type { Invoke } from '../api/transport';

export const statusIntervalMs = 30_000;

/** Core auto-locks on its own clock; ask every 30 s (and when the window comes back) so the screen follows. */
export function useStatusPolling(invoke: Invoke, onLocked: () => void): void {
  useEffect(() => {
    let cancelled = false;
    const check = async () => {
      const result = await invoke('vault.status', {});
      if (!cancelled && result.ok && result.value.state !== 'unlocked') onLocked();
    };
    const timer = setInterval(() => void check(), statusIntervalMs);
    const onVisible = () => {
      if (document.visibilityState === 'visible') void check();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      cancelled = true;
      clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [invoke, onLocked]);
}
