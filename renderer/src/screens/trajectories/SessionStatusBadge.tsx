import { useTranslation } from 'react-i18next';
import type { SessionStatus } from '../../../../shared/domain/session';
import { SessionStatusIcon } from '../../ui/SessionStatusIcon';

/** A session's status as an icon and a word. */
export function SessionStatusBadge({ status }: { status: SessionStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`badge session-status session-${status}`}>
      <SessionStatusIcon status={status} />
      {t(`trajectories.sessionStatus.${status}`)}
    </span>
  );
}
