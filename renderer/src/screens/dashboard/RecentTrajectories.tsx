import { useTranslation } from 'react-i18next';
import type { RecentTrajectory } from '../../../../shared/contract';
import { formatDate } from '../../i18n/format';
import { TrajectoryKindBadge, TrajectoryStatusBadge } from '../trajectories/TrajectoryBadges';

/** The trajectories changed most recently; each opens its page. */
export function RecentTrajectories({ items, onOpen }: { items: RecentTrajectory[]; onOpen: (item: RecentTrajectory) => void }) {
  const { t, i18n } = useTranslation();
  return (
    <ul className="dash-list">
      {items.map((item) => (
        <li key={item.id} className="dash-recent">
          <button type="button" className="dash-link" onClick={() => onOpen(item)}>
            <span className="dash-title">{item.title}</span>
          </button>
          <span className="dash-detail">{item.participantNames.join(', ')}</span>
          <span className="dash-badges">
            <TrajectoryKindBadge kind={item.kind} />
            <TrajectoryStatusBadge status={item.status} />
            <span className="muted small">{t('dashboard.recent.changed', { date: formatDate(item.updatedAt, i18n.language) })}</span>
          </span>
        </li>
      ))}
    </ul>
  );
}
