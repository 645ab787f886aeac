import { useTranslation } from 'react-i18next';
import type { SessionProgress } from '../../../../shared/domain/session';
import { SessionStatusIcon } from '../../ui/SessionStatusIcon';

/** A session's status (or that it is in progress) as an icon and a word. */
export function SessionStatusBadge({ status }: { status: SessionProgress }) {
  const { t } = useTranslation();
  return (
    <span className={`badge session-status session-${status}`}>
      <SessionStatusIcon status={status} />
      {t(`trajectories.sessionStatus.${status}`)}
    </span>
  );
}
