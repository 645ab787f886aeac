import { useEffect, useState } from 'react';

/** The value once it has stayed the same for `delayMs`: what is typed is asked of core once typing pauses, not on every key. */
export function useSettled<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}
