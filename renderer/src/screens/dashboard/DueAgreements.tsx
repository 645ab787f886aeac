import { useTranslation } from 'react-i18next';
import type { DueAgreement } from '../../../../shared/contract';
import { Icon } from '../../ui/Icon';
import { formatDay } from '../../i18n/format';

const overdueReasons = new Set<DueAgreement['reason']>(['due_date_passed', 'next_session_passed']);

/** Agreements to discuss: overdue ones first, with why they are due; each opens its trajectory. */
export function DueAgreements({ items, total, onOpen }: { items: DueAgreement[]; total: number; onOpen: (item: DueAgreement) => void }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      <ul className="dash-list">
        {items.map((item) => {
          const overdue = overdueReasons.has(item.reason);
          return (
            <li key={item.id} className={overdue ? 'dash-agreement dash-overdue' : 'dash-agreement'}>
              <button type="button" className="dash-link" onClick={() => onOpen(item)}>
                <span className="dash-title">{item.text}</span>
              </button>
              <span className="dash-detail">
                {item.ownerName ?? t(item.owner.kind === 'practitioner' ? 'dashboard.owner.practitioner' : 'dashboard.owner.all')} ·{' '}
                {item.trajectoryTitle}
              </span>
              <span className={overdue ? 'dash-reason dash-reason-overdue' : 'dash-reason'}>
                {overdue && <Icon name="alert" />}
                {t(`dashboard.agreements.reason.${item.reason}`, { date: formatDay(item.dueOn, i18n.language) })}
              </span>
            </li>
          );
        })}
      </ul>
      {total > items.length && <p className="muted small">{t('dashboard.agreements.more', { count: total - items.length })}</p>}
    </>
  );
}
