import type { TFunction } from 'i18next';
import type { Backup, BackupCounts } from '../../../../../shared/contract';
import { localeOf } from '../../../i18n/format';
import { numberFormat } from '../../../i18n/formatters';

/** `12,4 MB` or `850 kB`, the way a file manager says it. */
export function formatBytes(bytes: number, language: string): string {
  const megabytes = bytes / 1_000_000;
  const [value, unit] = megabytes >= 1 ? [megabytes, 'megabyte'] : [Math.max(bytes / 1_000, 1), 'kilobyte'];
  return numberFormat(localeOf(language), { style: 'unit', unit, maximumFractionDigits: 1 }).format(value);
}

/** "12 cliënten, 30 trajecten, 412 sessies". */
export function countsText(t: TFunction, counts: BackupCounts): string {
  return [
    t('safety.backups.counts.clients', { count: counts.clients }),
    t('safety.backups.counts.trajectories', { count: counts.trajectories }),
    t('safety.backups.counts.sessions', { count: counts.sessions }),
  ].join(', ');
}

/** Whether restoring this back-up will ask for the passphrase or recovery key of the day it was made. */
export function needsOldKey(backup: Backup): boolean {
  return backup.opensWithCurrentKey === false;
}
