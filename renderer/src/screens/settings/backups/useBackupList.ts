import { useCallback, useEffect, useState } from 'react';
import type { BackupList } from '../../../../../shared/contract';
import type { ApiError } from '../../../../../shared/errors';
import { useFetchRead } from '../../../api/useRead';

/** The back-up folder's list; `reload` after a back-up, a restore or a new folder. Works while locked too. */
export function useBackupList() {
  const fetchRead = useFetchRead();
  const [list, setList] = useState<BackupList | null>(null);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let current = true;
    void fetchRead('backups.list', {}).then((result) => {
      if (!current) return;
      if (result.ok) {
        setList(result.value);
        setFailure(null);
      } else setFailure(result.error);
    });
    return () => {
      current = false;
    };
  }, [fetchRead, version]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { list, setList, failure, reload };
}
