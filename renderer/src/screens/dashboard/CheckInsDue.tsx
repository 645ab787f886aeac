import { useTranslation } from 'react-i18next';
import type { CheckInDue } from '../../../../shared/contract';
import { Icon } from '../../ui/Icon';
import { formatDay, formatDayAndTime } from '../../i18n/format';

/** Trajectories whose check-in interval has passed since the last held session. */
export function CheckInsDue({ items, onOpen }: { items: CheckInDue[]; onOpen: (item: CheckInDue) => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return (
    <ul className="dash-list">
      {items.map((item) => (
        <li key={item.trajectoryId} className="dash-checkin">
          <button type="button" className="dash-link" onClick={() => onOpen(item)}>
            <span className="dash-title">{item.title}</span>
          </button>
          <span className="dash-detail">
            {t('dashboard.checkIns.every', { count: item.checkInWeeks })} ·{' '}
            {item.lastHeldAt
              ? t('dashboard.checkIns.lastHeld', { date: formatDay(item.lastHeldAt, language) })
              : t('dashboard.checkIns.neverHeld')}
          </span>
          <span className="dash-reason dash-reason-overdue">
            <Icon name="alert" />
            {t('dashboard.checkIns.dueSince', { date: formatDay(item.dueOn, language) })}
          </span>
          {item.nextPlannedAt && (
            <span className="dash-detail">{t('dashboard.checkIns.planned', { when: formatDayAndTime(item.nextPlannedAt, language) })}</span>
          )}
        </li>
      ))}
    </ul>
  );
}
