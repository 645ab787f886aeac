import type { TFunction } from 'i18next';
import type { ClientStatus } from '../../../../shared/contract';

/** A client's status as core gives it, in words: archived, no trajectory, or the state of their trajectory. */
export function clientStatusText(t: TFunction, status: ClientStatus): string {
  if (status === 'archived') return t('clients.archived');
  if (status === 'none') return t('clients.statusNone');
  return t(`trajectories.status.${status}`);
}
