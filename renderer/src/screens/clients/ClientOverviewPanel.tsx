import { useTranslation } from 'react-i18next';
import type { ClientOverview, ClientSession } from '../../../../shared/contract';
import { sessionProgress } from '../../../../shared/domain/session';
import { formatDay, formatDayAndTime, formatNumber, formatTimeRange } from '../../i18n/format';
import { apiErrorText } from '../../i18n/validation';
import { BusyNote } from '../../ui/BusyNote';
import { Notice } from '../../ui/Notice';
import { useNavigate } from '../shell/navigation';
import { SessionStatusBadge } from '../trajectories/SessionStatusBadge';
import { clientStatusText } from './clientStatus';
import { useClientOverview } from './useClientOverview';

/** How many earlier sessions the page lists; the trajectory page has them all. */
const pastShown = 5;

/** The client whole: status, trajectories, coming and earlier sessions, open agreements, latest scores. */
export function ClientOverviewPanel({ clientId }: { clientId: number }) {
  const { t } = useTranslation();
  const { overview, titles, error } = useClientOverview(clientId);
  if (!overview) return error ? <Notice tone="error">{apiErrorText(t, error)}</Notice> : <BusyNote busy label={t('clientOverview.loading')} />;
  return (
    <section className="card client-overview" aria-labelledby="client-overview-title">
      <div className="section-head">
        <h2 id="client-overview-title">{t('clientOverview.title')}</h2>
        <p className="client-status">
          <span className="muted">{t('clientOverview.status')}:</span> <span className="badge">{clientStatusText(t, overview.status)}</span>
        </p>
      </div>
      <div className="client-overview-grid">
        <Trajectories overview={overview} />
        <Sessions title={t('clientOverview.next')} empty={t('clientOverview.noNext')} sessions={overview.nextSessions} />
        <Sessions title={t('clientOverview.past')} empty={t('clientOverview.noPast')} sessions={overview.pastSessions.slice(0, pastShown)} />
        <Agreements overview={overview} />
        <Scores overview={overview} titles={titles} />
      </div>
    </section>
  );
}

function Trajectories({ overview }: { overview: ClientOverview }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <div className="overview-part">
      <h3>{t('clientOverview.trajectories')}</h3>
      {overview.trajectories.length === 0 ? (
        <p className="muted">{t('clientOverview.noTrajectories')}</p>
      ) : (
        <ul className="overview-list">
          {overview.trajectories.map(({ trajectory, role, removed }) => (
            <li key={trajectory.id}>
              <button type="button" className="link-button" onClick={() => navigate({ screen: 'trajectory', id: trajectory.id })}>
                {trajectory.title}
              </button>
              <span className="muted small">
                {' '}
                {t('clientOverview.role', { role: t(`trajectories.role.${role}`), status: t(`trajectories.status.${trajectory.status}`) })}
                {removed && <> · {t('clientOverview.left')}</>}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function Sessions({ title, empty, sessions }: { title: string; empty: string; sessions: ClientSession[] }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const language = i18n.language;
  return (
    <div className="overview-part">
      <h3>{title}</h3>
      {sessions.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ul className="overview-list">
          {sessions.map((s) => (
            <li key={s.id}>
              <button
                type="button"
                className="link-button"
                aria-label={t('clientOverview.openSession', { when: formatDayAndTime(s.startsAt, language) })}
                onClick={() => navigate({ screen: 'session', id: s.id })}
              >
                {formatDay(s.startsAt, language)}, {formatTimeRange(s.startsAt, s.durationMinutes, language)}
              </button>{' '}
              <span className="muted small">{s.trajectoryTitle}</span> <SessionStatusBadge status={sessionProgress(s)} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function Agreements({ overview }: { overview: ClientOverview }) {
  const { t, i18n } = useTranslation();
  const title = (trajectoryId: number) => overview.trajectories.find((x) => x.trajectory.id === trajectoryId)?.trajectory.title ?? '';
  return (
    <div className="overview-part">
      <h3>{t('clientOverview.agreements')}</h3>
      {overview.openAgreements.length === 0 ? (
        <p className="muted">{t('clientOverview.noAgreements')}</p>
      ) : (
        <ul className="overview-list">
          {overview.openAgreements.map((a) => (
            <li key={a.id}>
              <span>{a.text}</span>{' '}
              <span className="muted small">
                {a.due.kind === 'date'
                  ? t('trajectories.agreements.dueOn', { date: formatDay(a.due.date, i18n.language) })
                  : t('trajectories.agreements.dueNext')}{' '}
                · {title(a.trajectoryId)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function Scores({ overview, titles }: { overview: ClientOverview; titles: Map<string, string> }) {
  const { t, i18n } = useTranslation();
  const trajectoryTitle = (id: number) => overview.trajectories.find((x) => x.trajectory.id === id)?.trajectory.title ?? '';
  return (
    <div className="overview-part">
      <h3>{t('clientOverview.scores')}</h3>
      {overview.latestScores.length === 0 ? (
        <p className="muted">{t('clientOverview.noScores')}</p>
      ) : (
        <ul className="overview-list">
          {overview.latestScores.map((s) => {
            const title = titles.get(s.key) ?? s.key;
            const score = s.scores.total.score;
            return (
              <li key={s.responseId}>
                <span>
                  {score === null ? t('clientOverview.scoreNone', { title }) : t('clientOverview.score', { title, score: formatNumber(score, i18n.language) })}
                </span>{' '}
                <span className="muted small">{t('clientOverview.scoreWhen', { date: formatDay(s.startsAt, i18n.language), trajectory: trajectoryTitle(s.trajectoryId) })}</span>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
