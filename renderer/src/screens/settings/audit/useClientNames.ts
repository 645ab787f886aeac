import { useEffect, useState } from 'react';
import type { Client } from '../../../../../shared/contract';
import { useFetchRead } from '../../../api/useRead';
import { fullName } from '../../clients/clientName';

const pageSize = 500;
const maxPages = 40;

/**
 * Names for the client ids the audit log shows. The log holds ids only (never names), so names come
 * from the client list, the way the clients screen reads it; opening each client would itself be logged.
 * An id that is no longer there belongs to an erased client.
 */
export function useClientNames(ids: readonly number[]): Map<number, string> | null {
  const fetchRead = useFetchRead();
  const [names, setNames] = useState<{ key: string; found: Map<number, string> } | null>(null);
  const wanted = [...new Set(ids)].sort((a, b) => a - b).join(',');

  useEffect(() => {
    let current = true;
    const missing = new Set(wanted === '' ? [] : wanted.split(',').map(Number));
    const found = new Map<number, string>();
    const collect = (clients: Client[]) => {
      for (const client of clients) {
        if (!missing.has(client.id)) continue;
        found.set(client.id, fullName(client));
        missing.delete(client.id);
      }
    };
    void (async () => {
      for (let page = 0; page < maxPages && missing.size > 0; page += 1) {
        const result = await fetchRead('clients.list', { archived: 'all', sort: 'created', offset: page * pageSize, limit: pageSize });
        if (!result.ok) break;
        collect(result.value.items);
        if ((page + 1) * pageSize >= result.value.total) break;
      }
      if (current) setNames({ key: wanted, found });
    })();
    return () => {
      current = false;
    };
  }, [fetchRead, wanted]);

  // Names looked up for other ids would call a client on this page erased: until they are in, none.
  return names?.key === wanted ? names.found : null;
}
