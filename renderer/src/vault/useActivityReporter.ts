import { useEffect, useRef } from 'react';
import type { Invoke } from '../api/transport';

export const activityIntervalMs = 30_000;
const inputEvents = ['keydown', 'pointerdown', 'pointermove', 'wheel'] as const;

/** Tells core the practitioner is still here, at most every 30 s, so auto-lock waits. */
export function useActivityReporter(call: Invoke): void {
  const lastReport = useRef(0);
  useEffect(() => {
    lastReport.current = Date.now(); // unlocking just counted as activity
    const onInput = () => {
      const now = Date.now();
      if (now - lastReport.current < activityIntervalMs) return;
      lastReport.current = now;
      void call('vault.touch', {});
    };
    for (const name of inputEvents) window.addEventListener(name, onInput, { passive: true, capture: true });
    return () => {
      for (const name of inputEvents) window.removeEventListener(name, onInput, { capture: true });
    };
  }, [call]);
}
