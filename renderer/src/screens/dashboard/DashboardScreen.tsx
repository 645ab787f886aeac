import { useTranslation } from 'react-i18next';
import { formatDay, formatLongDate } from '../../i18n/format';
import { apiErrorText } from '../../i18n/validation';
import { useRead } from '../../api/useRead';
import { BusyNote } from '../../ui/BusyNote';
import { Button } from '../../ui/Button';
import { Icon } from '../../ui/Icon';
import { Notice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageHeader';
import { useNavigate } from '../shell/navigation';
import { CheckInsDue } from './CheckInsDue';
import { DashboardPanel } from './DashboardPanel';
import { DashboardSessions } from './DashboardSessions';
import { DueAgreements } from './DueAgreements';
import { QuestionnairesDue } from './QuestionnairesDue';
import { RecentTrajectories } from './RecentTrajectories';
import '../../styles/dashboard.css';

function greetingKey(hour: number): 'morning' | 'afternoon' | 'evening' {
  if (hour < 12) return 'morning';
  if (hour < 18) return 'afternoon';
  return 'evening';
}

/** A calm start: today's and this week's sessions, what needs discussing, check-ins due, recent trajectories. */
export function DashboardScreen() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const board = useRead('dashboard.get', {});
  const dashboard = board.data ?? null;
  const error = board.error;
  const activeClients = useRead('clients.list', { archived: 'active', limit: 1 }).data?.total ?? null;
  const now = new Date();
  const language = i18n.language;

  const openTrajectory = (id: number) => navigate({ screen: 'trajectory', id });
  const noTrajectories = dashboard !== null && dashboard.recentlyChanged.length === 0;
  const laterThisWeek = dashboard?.sessionsThisWeek.filter((s) => !s.startsAt.startsWith(dashboard.today)) ?? [];

  return (
    <>
      <PageHeader title={t(`dashboard.greeting.${greetingKey(now.getHours())}`)}>
        {activeClients !== 0 && (
          <Button variant="primary" icon="plus" onClick={() => navigate({ screen: 'trajectoryEditor', id: 'new' })}>
            {t('dashboard.newTrajectory')}
          </Button>
        )}
      </PageHeader>
      <p className="lead dash-date">{t('dashboard.todayIs', { date: formatLongDate(now, language) })}</p>
      {error && <Notice tone="error">{apiErrorText(t, error)}</Notice>}
      <BusyNote busy={!dashboard && !error} label={t('dashboard.loading')} />
      {activeClients === 0 && (
        <section className="card dash-start" aria-labelledby="dash-start-title">
          <h2 id="dash-start-title">{t('dashboard.start.title')}</h2>
          <p>{t('dashboard.noClients')}</p>
          <Button variant="primary" icon="plus" onClick={() => navigate({ screen: 'client', id: 'new' })}>
            {t('dashboard.newClient')}
          </Button>
        </section>
      )}
      {activeClients !== null && activeClients > 0 && noTrajectories && (
        <section className="card dash-start" aria-labelledby="dash-start-title">
          <h2 id="dash-start-title">{t('dashboard.start.title')}</h2>
          <p>
            {t('dashboard.activeClients', { count: activeClients })} {t('dashboard.start.noTrajectories')}
          </p>
        </section>
      )}
      {dashboard && (
        <div className="dashboard-grid">
          <div className="dash-column">
            <DashboardPanel
              title={t('dashboard.sessionsToday.title')}
              icon="calendar"
              empty={dashboard.sessionsToday.length === 0 ? t('dashboard.sessionsToday.empty') : null}
              className="dash-today"
            >
              <DashboardSessions sessions={dashboard.sessionsToday} byDay={false} onOpen={(s) => navigate({ screen: 'session', id: s.id })} />
            </DashboardPanel>
            <DashboardPanel
              title={t('dashboard.sessionsWeek.title', {
                from: formatDay(dashboard.weekStart, language),
                to: formatDay(dashboard.weekEnd, language),
              })}
              icon="calendar"
              empty={laterThisWeek.length === 0 ? t('dashboard.sessionsWeek.empty') : null}
            >
              <DashboardSessions sessions={laterThisWeek} byDay onOpen={(s) => navigate({ screen: 'session', id: s.id })} />
            </DashboardPanel>
            <DashboardPanel
              title={t('dashboard.recent.title')}
              icon="chart"
              empty={dashboard.recentlyChanged.length === 0 ? t('dashboard.recent.empty') : null}
            >
              <RecentTrajectories items={dashboard.recentlyChanged} onOpen={(r) => openTrajectory(r.id)} />
            </DashboardPanel>
          </div>
          <div className="dash-column">
            <DashboardPanel
              title={t('dashboard.agreements.title')}
              icon="handshake"
              empty={dashboard.agreementsDue.items.length === 0 ? t('dashboard.agreements.empty') : null}
            >
              <DueAgreements items={dashboard.agreementsDue.items} total={dashboard.agreementsDue.total} onOpen={(a) => openTrajectory(a.trajectoryId)} />
            </DashboardPanel>
            <DashboardPanel
              title={t('dashboard.checkIns.title')}
              icon="clipboard"
              empty={dashboard.checkInsDue.length === 0 ? t('dashboard.checkIns.empty') : null}
            >
              <CheckInsDue items={dashboard.checkInsDue} onOpen={(c) => openTrajectory(c.trajectoryId)} />
            </DashboardPanel>
            <DashboardPanel
              title={t('checkIns.due.title')}
              icon="clipboard"
              empty={dashboard.questionnairesDue.length === 0 ? t('checkIns.due.empty') : null}
            >
              <QuestionnairesDue items={dashboard.questionnairesDue} onOpen={(q) => openTrajectory(q.trajectoryId)} />
            </DashboardPanel>
          </div>
        </div>
      )}
      <p className="muted privacy-note">
        <Icon name="lock" />
        {t('dashboard.privacy')}
      </p>
    </>
  );
}
