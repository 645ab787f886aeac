import { useTranslation } from 'react-i18next';
import type { SessionStatus } from '../../../../shared/domain/session';
import { WorkflowIcon, type WorkflowIconName } from './WorkflowIcon';

const icons: Record<SessionStatus, WorkflowIconName> = {
  planned: 'calendar',
  held: 'kept',
  cancelled: 'dropped',
  no_show: 'notKept',
};

/** A session's status as an icon and a word. */
export function SessionStatusBadge({ status }: { status: SessionStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`badge session-status session-${status}`}>
      <WorkflowIcon name={icons[status]} />
      {t(`trajectories.sessionStatus.${status}`)}
    </span>
  );
}
