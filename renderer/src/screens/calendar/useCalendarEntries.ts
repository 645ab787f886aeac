import { useCallback, useEffect, useRef, useState } from 'react';
import type { CalendarEntry } from '../../../../shared/contract';
import type { ApiError } from '../../../../shared/errors';
import { useFetchRead } from '../../api/useRead';

/** The sessions between two local dates (both included), asked of core; only the newest answer is shown. */
export function useCalendarEntries(from: string, to: string) {
  const fetchRead = useFetchRead();
  const [entries, setEntries] = useState<CalendarEntry[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const request = useRef(0);

  const reload = useCallback(async () => {
    const mine = ++request.current;
    const result = await fetchRead('calendar.entries', { from, to });
    if (mine !== request.current) return;
    if (result.ok) {
      setEntries(result.value.entries);
      setError(null);
    } else setError(result.error);
  }, [fetchRead, from, to]);

  useEffect(() => {
    void reload();
  }, [reload]);

  return { entries, error, reload };
}
