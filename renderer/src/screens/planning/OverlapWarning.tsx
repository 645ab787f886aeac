import { useTranslation } from 'react-i18next';
import type { SessionOverlap } from '../../../../shared/contract';
import { formatDay, formatTimeRange } from '../../i18n/format';
import { Icon } from '../../ui/Icon';
import type { OverlapWarned } from './useOverlapGate';

/** What a new time overlaps with, said before saving; saving anyway stays possible. */
export function OverlapWarning({ warned }: { warned: OverlapWarned }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const when = (o: SessionOverlap) => `${formatDay(o.startsAt, language)}, ${formatTimeRange(o.startsAt, o.durationMinutes, language)}`;
  return (
    <div className="notice notice-attention overlap-warning" role="alert">
      <Icon name="alert" />
      <div>
        {warned.overlaps.length > 0 ? (
          <>
            <p className="overlap-title">{t('planning.overlap.title', { count: warned.overlaps.length })}</p>
            <ul>
              {warned.overlaps.map((o) => (
                <li key={o.sessionId}>
                  {t('planning.overlap.item', { title: o.trajectoryTitle, when: when(o), status: t(`trajectories.sessionStatus.${o.status}`) })}
                </li>
              ))}
            </ul>
            <p>{t('planning.overlap.proceed')}</p>
          </>
        ) : (
          <p>{t('planning.overlap.following')}</p>
        )}
      </div>
    </div>
  );
}
