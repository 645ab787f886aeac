import { useEffect, useEffectEvent, useState } from 'react';

const searchDelayMs = 200;

/** The text typed in a search box; `onQuery` gets it trimmed once typing pauses, so core is asked once, not on every key. */
export function useSearchText(query: string, onQuery: (query: string) => void): [string, (text: string) => void] {
  const [search, setSearch] = useState(query);
  const settle = useEffectEvent(onQuery);
  useEffect(() => {
    const timer = setTimeout(() => settle(search.trim()), searchDelayMs);
    return () => clearTimeout(timer);
  }, [search]);
  return [search, setSearch];
}
