import { useTranslation } from 'react-i18next';
import type { Trajectory } from '../../../../shared/contract';
import { formatDate } from '../../i18n/format';
import { currentParticipants } from './labels';
import { TrajectoryKindBadge, TrajectoryStatusBadge } from './TrajectoryBadges';

interface TrajectoryTableProps {
  trajectories: Trajectory[];
  onOpen: (trajectory: Trajectory) => void;
}

/** One row per trajectory, most recently changed first; the title opens it, the row does too for the mouse. */
export function TrajectoryTable({ trajectories, onOpen }: TrajectoryTableProps) {
  const { t, i18n } = useTranslation();
  return (
    <table className="client-table trajectory-table">
      <caption className="visually-hidden">{t('trajectories.list.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('trajectories.list.columnTitle')}</th>
          <th scope="col">{t('trajectories.list.columnParticipants')}</th>
          <th scope="col">{t('trajectories.list.columnStatus')}</th>
          <th scope="col">{t('trajectories.list.columnUpdated')}</th>
        </tr>
      </thead>
      <tbody>
        {trajectories.map((trajectory) => (
          <tr key={trajectory.id} onClick={() => onOpen(trajectory)}>
            <th scope="row">
              <button
                type="button"
                className="link-button"
                onClick={(event) => {
                  event.stopPropagation();
                  onOpen(trajectory);
                }}
              >
                {trajectory.title}
              </button>
              <div>
                <TrajectoryKindBadge kind={trajectory.kind} />
              </div>
            </th>
            <td>
              {currentParticipants(trajectory.participants).map((p) => (
                <span key={p.id} className="contact-line">
                  {p.displayName} <span className="muted small">({t(`trajectories.role.${p.role}`)})</span>
                </span>
              ))}
            </td>
            <td>
              <TrajectoryStatusBadge status={trajectory.status} />
            </td>
            <td>{formatDate(trajectory.updatedAt, i18n.language)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
