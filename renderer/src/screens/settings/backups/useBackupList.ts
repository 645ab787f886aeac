import { useRead } from '../../../api/useRead';

/** The back-up folder's list, asked again by the writes that change it (a back-up, a restore, a new folder). Works while locked too. */
export function useBackupList() {
  const read = useRead('backups.list', {});
  return { list: read.data ?? null, failure: read.error };
}
