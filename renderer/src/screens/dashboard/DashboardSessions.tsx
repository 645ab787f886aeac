import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { DashboardSession } from '../../../../shared/contract';
import { sessionProgress } from '../../../../shared/domain/session';
import { Button } from '../../ui/Button';
import { formatDay, formatTimeRange } from '../../i18n/format';
import { SessionStatusBadge } from '../trajectories/SessionStatusBadge';

/** "Gezamenlijke sessie" or "individuele sessie (Sanne)": with one attendee, it is that person's session. */
function audienceOf(t: TFunction, session: DashboardSession): string {
  const first = (name: string) => name.split(' ')[0] ?? name;
  if (session.trajectoryKind === 'individual') return session.attendeeNames.join(', ');
  if (session.attendeeNames.length === 1) return t('trajectories.sessions.individual', { name: first(session.attendeeNames[0]!) });
  return t('trajectories.sessions.joint');
}

interface DashboardSessionsProps {
  sessions: DashboardSession[];
  /** Group by day (the week) or not (today). */
  byDay: boolean;
  onOpen: (session: DashboardSession) => void;
}

/** Sessions in time order, each with its status in words when it is not simply planned; each opens its own page, one in progress says so and offers to go on with it. */
export function DashboardSessions({ sessions, byDay, onOpen }: DashboardSessionsProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const days = byDay ? [...new Set(sessions.map((s) => s.startsAt.slice(0, 10)))] : [''];
  return (
    <>
      {days.map((day) => (
        <div key={day} className="dash-day">
          {byDay && <h3 className="dash-day-title">{formatDay(day, language)}</h3>}
          <ul className="dash-list">
            {sessions
              .filter((s) => !byDay || s.startsAt.startsWith(day))
              .map((session) => {
                const progress = sessionProgress(session);
                const time = formatTimeRange(session.startsAt, session.durationMinutes, language);
                return (
                  <li key={session.id} className={`dash-session dash-session-${progress}`}>
                    <button type="button" className="dash-link" onClick={() => onOpen(session)}>
                      <span className="dash-time">{time}</span>
                      <span className="dash-title">{session.trajectoryTitle}</span>
                    </button>
                    <span className="dash-detail">
                      {t(`trajectories.sessionKind.${session.kind}`)} · {audienceOf(t, session)}
                    </span>
                    {progress !== 'planned' && <SessionStatusBadge status={progress} />}
                    {progress === 'in_progress' && (
                      <Button
                        variant="primary"
                        className="dash-continue"
                        aria-label={t('dashboard.sessionsToday.continueLabel', { time, title: session.trajectoryTitle })}
                        onClick={() => onOpen(session)}
                      >
                        {t('dashboard.sessionsToday.continue')}
                      </Button>
                    )}
                  </li>
                );
              })}
          </ul>
        </div>
      ))}
    </>
  );
}
