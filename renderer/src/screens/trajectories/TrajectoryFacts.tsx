import { useTranslation } from 'react-i18next';
import type { TrajectoryDetail } from '../../../../shared/contract';
import { formatDate, formatDay, formatDayAndTime } from '../../i18n/format';
import { Icon } from '../../ui/Icon';
import { CheckInQuestionnairesFact } from './CheckInQuestionnairesFact';
import { attendeesOf, currentParticipants, sessionAudienceLabel } from './labels';
import { TrajectoryKindBadge, TrajectoryStatusBadge } from './TrajectoryBadges';

/** The trajectory at a glance: who, what state, the next session and whether a check-in is due. */
export function TrajectoryFacts({ detail }: { detail: TrajectoryDetail }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { trajectory, sessions, checkIn } = detail;
  const next = sessions.find((s) => s.id === detail.nextSessionId);
  const participants = currentParticipants(trajectory.participants);
  const former = trajectory.participants.filter((p) => p.removedAt !== null);

  return (
    <div className="trajectory-facts card">
      <p className="trajectory-badges">
        <TrajectoryKindBadge kind={trajectory.kind} />
        <TrajectoryStatusBadge status={trajectory.status} />
      </p>
      <dl className="facts">
        <div>
          <dt>{t('trajectories.facts.participants')}</dt>
          <dd>
            {participants.length === 0 && <span className="muted">{t('trajectories.facts.noParticipants')}</span>}
            <ul className="plain-list">
              {participants.map((p) => (
                <li key={p.id}>
                  {p.displayName} <span className="muted">({t(`trajectories.role.${p.role}`)})</span>
                </li>
              ))}
              {former.map((p) => (
                <li key={p.id} className="muted">
                  {t('trajectories.facts.former', { name: p.displayName, date: formatDate(p.removedAt!, language) })}
                </li>
              ))}
            </ul>
          </dd>
        </div>
        <div>
          <dt>{t('trajectories.facts.nextSession')}</dt>
          <dd>
            {next ? (
              <>
                {formatDayAndTime(next.startsAt, language)}
                <span className="muted small fact-detail">
                  {sessionAudienceLabel(t, trajectory.kind, attendeesOf(next, trajectory.participants))}
                </span>
              </>
            ) : (
              <span className="muted">{t('trajectories.facts.noNextSession')}</span>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('trajectories.facts.checkIn')}</dt>
          <dd>
            {trajectory.checkInWeeks === null ? (
              <span className="muted">{t('trajectories.facts.noCheckIn')}</span>
            ) : (
              <>
                {t('trajectories.facts.checkInEvery', { count: trajectory.checkInWeeks })}
                {checkIn && (
                  <span className={checkIn.overdue ? 'fact-detail fact-due' : 'muted small fact-detail'}>
                    {checkIn.overdue && <Icon name="alert" />}
                    {checkIn.overdue
                      ? t('trajectories.facts.checkInDue', { date: formatDay(checkIn.dueOn, language) })
                      : t('trajectories.facts.checkInNext', { date: formatDay(checkIn.dueOn, language) })}
                  </span>
                )}
              </>
            )}
          </dd>
        </div>
        <CheckInQuestionnairesFact items={detail.questionnaireCheckIns} />
        <div>
          <dt>{t('trajectories.facts.started')}</dt>
          <dd>{trajectory.startDate ? formatDate(trajectory.startDate, language) : <span className="muted">{t('trajectories.facts.noStart')}</span>}</dd>
        </div>
        <div>
          <dt>{t('trajectories.facts.retention')}</dt>
          <dd>
            {t('trajectories.facts.retainUntil', { date: formatDate(trajectory.retainUntil, language) })}
            <span className="muted small fact-detail">
              {trajectory.retention.profile === 'wgbo'
                ? t('trajectories.facts.retentionWgbo')
                : t('trajectories.facts.retentionCustom', { count: trajectory.retention.years })}
            </span>
          </dd>
        </div>
      </dl>
    </div>
  );
}
