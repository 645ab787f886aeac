import { useRead } from '../../api/useRead';

/** The sessions between two local dates (both included), asked of core; a week seen before shows at once. */
export function useCalendarEntries(from: string, to: string) {
  const read = useRead('calendar.entries', { from, to });
  return { entries: read.data?.entries ?? null, error: read.error };
}
