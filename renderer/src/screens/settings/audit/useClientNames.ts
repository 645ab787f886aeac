import { useEffect, useMemo } from 'react';
import { useReadPages } from '../../../api/useReadPages';
import { fullName } from '../../clients/clientName';

const pageSize = 500;
const maxPages = 40;

/**
 * Names for the client ids the audit log shows. The log holds ids only (never names), so names come
 * from the client list, the way the clients screen reads it, page after page until every id is named;
 * opening each client would itself be logged. An id that is no longer there belongs to an erased client.
 */
export function useClientNames(ids: readonly number[]): Map<number, string> | null {
  const wanted = [...new Set(ids)].sort((a, b) => a - b).join(',');
  const list = useReadPages('clients.list', { archived: 'all', sort: 'created' }, pageSize, { enabled: wanted !== '' });

  const named = useMemo(() => {
    const missing = new Set(wanted === '' ? [] : wanted.split(',').map(Number));
    const found = new Map<number, string>();
    for (const client of list.pages?.flatMap((page) => page.items) ?? []) {
      if (!missing.has(client.id)) continue;
      found.set(client.id, fullName(client));
      missing.delete(client.id);
    }
    return { found, missing: missing.size };
  }, [list.pages, wanted]);

  const read = list.pages?.length ?? 0;
  const lookFurther = named.missing > 0 && list.more && read < maxPages && list.error === null;
  const { askMore } = list;
  useEffect(() => {
    if (lookFurther) askMore();
  }, [lookFurther, read, askMore]);

  // Until every page that may hold a name is in, none: a client still being looked up would be called erased.
  if (wanted === '') return named.found;
  return list.pages && !lookFurther ? named.found : null;
}
