import { useTranslation } from 'react-i18next';
import { localDateTime } from '../../../../shared/domain/calendar';
import type { Session, TrajectoryDetail } from '../../../../shared/contract';
import { sessionProgress } from '../../../../shared/domain/session';
import { Button } from '../../ui/Button';
import { ShowAllButton, useShownPart } from '../../ui/ShownPart';
import { attendeesOf, sessionAudienceLabel } from './labels';
import { SessionStatusBadge } from './SessionStatusBadge';
import { formatDay, formatTimeRange } from '../../i18n/format';

interface SessionsSectionProps {
  detail: TrajectoryDetail;
  onPlan: () => void;
  onOpen: (session: Session) => void;
  onReschedule: (session: Session) => void;
}

/** Coming sessions soonest first, earlier ones newest first, each with who it is for. */
export function SessionsSection({ detail, onPlan, onOpen, onReschedule }: SessionsSectionProps) {
  const { t } = useTranslation();
  const at = localDateTime(new Date());
  const coming = detail.sessions
    .filter((s) => s.status === 'planned' && s.startsAt >= at)
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const earlier = detail.sessions
    .filter((s) => !coming.includes(s))
    .sort((a, b) => b.startsAt.localeCompare(a.startsAt));

  return (
    <section className="trajectory-section" aria-labelledby="sessions-heading">
      <div className="section-head">
        <h2 id="sessions-heading">{t('trajectories.sessions.title')}</h2>
        <Button icon="plus" onClick={onPlan}>
          {t('trajectories.sessions.plan')}
        </Button>
      </div>
      {detail.sessions.length === 0 ? (
        <p className="section-empty">{t('trajectories.sessions.empty')}</p>
      ) : (
        <>
          <SessionList
            title={t('trajectories.sessions.coming')}
            empty={t('trajectories.sessions.noneComing')}
            sessions={coming}
            detail={detail}
            onOpen={onOpen}
            onReschedule={onReschedule}
          />
          {earlier.length > 0 && <EarlierSessions sessions={earlier} detail={detail} onOpen={onOpen} />}
        </>
      )}
    </section>
  );
}

/** Earlier sessions newest first: the last ten, the rest on request. */
function EarlierSessions({ sessions, detail, onOpen }: { sessions: Session[]; detail: TrajectoryDetail; onOpen: (session: Session) => void }) {
  const { t } = useTranslation();
  const part = useShownPart(sessions);
  return (
    <>
      <SessionList title={t('trajectories.sessions.earlier')} empty="" sessions={part.shown} detail={detail} onOpen={onOpen} />
      <ShowAllButton part={part} showAll={t('trajectories.sessions.showAllEarlier', { count: sessions.length })} />
    </>
  );
}

interface SessionListProps {
  title: string;
  empty: string;
  sessions: readonly Session[];
  detail: TrajectoryDetail;
  onOpen: (session: Session) => void;
  /** Only for coming sessions: move one to another time. */
  onReschedule?: (session: Session) => void;
}

function SessionList({ title, empty, sessions, detail, onOpen, onReschedule }: SessionListProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { trajectory } = detail;
  return (
    <>
      <h3 className="subsection-title">{title}</h3>
      {sessions.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ul className="session-list">
          {sessions.map((session) => {
            const attendees = attendeesOf(session, trajectory.participants);
            return (
              <li key={session.id} className={session.individualFor !== null ? 'session-row session-individual' : 'session-row'}>
                <div className="session-when">
                  <button type="button" className="link-button session-day" onClick={() => onOpen(session)}>
                    {formatDay(session.startsAt, language)}
                  </button>
                  <span className="muted">{formatTimeRange(session.startsAt, session.durationMinutes, language)}</span>
                </div>
                <div className="session-what">
                  <span className="session-kind">{t(`trajectories.sessionKind.${session.kind}`)}</span>
                  <span className="session-audience">{sessionAudienceLabel(t, trajectory.kind, attendees)}</span>
                </div>
                <div className="session-actions">
                  <SessionStatusBadge status={sessionProgress(session)} />
                  {onReschedule && (
                    <button
                      type="button"
                      className="link-button"
                      aria-label={t('trajectories.sessions.rescheduleLabel', { when: formatDay(session.startsAt, language) })}
                      onClick={() => onReschedule(session)}
                    >
                      {t('planning.reschedule.open')}
                    </button>
                  )}
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
