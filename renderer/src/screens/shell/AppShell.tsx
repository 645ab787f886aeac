import { useCallback, useEffect, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useVault } from '../../vault/VaultContext';
import { CalendarScreen } from '../calendar/CalendarScreen';
import { ClientEditor } from '../clients/ClientEditor';
import { ClientImportScreen } from '../clients/import/ClientImportScreen';
import { ClientsScreen } from '../clients/ClientsScreen';
import { DashboardScreen } from '../dashboard/DashboardScreen';
import { ReportBuilderScreen } from '../reports/ReportBuilderScreen';
import { QuestionnairesScreen } from '../questionnaires/QuestionnairesScreen';
import { SearchPalette } from '../search/SearchPalette';
import { SearchScreen } from '../search/SearchScreen';
import { PendingNotesFlusher } from '../sessions/PendingNotesFlusher';
import { SessionWorkspaceScreen } from '../sessions/SessionWorkspaceScreen';
import { SettingsScreen } from '../settings/SettingsScreen';
import { TrajectoriesScreen } from '../trajectories/TrajectoriesScreen';
import { TrajectoryEditor } from '../trajectories/TrajectoryEditor';
import { TrajectoryPage } from '../trajectories/TrajectoryPage';
import { NavigationContext, sectionOf, type Route } from './navigation';
import { ReadOnlyBanner } from './ReadOnlyBanner';
import { routeToResume } from './resumeRoute';
import { isCommand } from './shortcuts';
import { Sidebar } from './Sidebar';

function Screen({ route }: { route: Route }) {
  switch (route.screen) {
    case 'dashboard':
      return <DashboardScreen />;
    case 'clients':
      return <ClientsScreen initial={route.list} />;
    case 'client':
      return <ClientEditor key={String(route.id)} id={route.id} list={route.list} />;
    case 'clientImport':
      return <ClientImportScreen />;
    case 'trajectories':
      return <TrajectoriesScreen initial={route.list} />;
    case 'trajectory':
      return <TrajectoryPage key={route.id} id={route.id} list={route.list} />;
    case 'trajectoryEditor':
      return <TrajectoryEditor key={String(route.id)} id={route.id} list={route.list} />;
    case 'trajectoryReport':
      return <ReportBuilderScreen key={route.id} trajectoryId={route.id} />;
    case 'calendar':
      return <CalendarScreen view={route.view} date={route.date} />;
    case 'session':
      return <SessionWorkspaceScreen key={route.id} id={route.id} step={route.step} />;
    case 'search':
      return <SearchScreen key={route.query ?? ''} initialQuery={route.query} />;
    case 'questionnaires':
      return <QuestionnairesScreen view={route.view} />;
    case 'settings':
      return <SettingsScreen key={route.clientId ?? ''} page={route.page} clientId={route.clientId} />;
  }
}

/**
 * The open vault: sidebar on the left, one screen on the right, Ctrl/Cmd+L locks from anywhere.
 * `resume` outlives a lock, so unlocking brings the practitioner back to the screen they were on.
 */
export function AppShell({ resume }: { resume: RefObject<Route> }) {
  const { t } = useTranslation();
  const vault = useVault();
  const [route, setRoute] = useState<Route>(() => resume.current);
  const navigate = useCallback(
    (next: Route) => {
      setRoute(next);
      resume.current = routeToResume(next);
    },
    [resume],
  );
  const lock = useCallback(() => void vault?.lock(), [vault]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!isCommand(event, 'l')) return;
      event.preventDefault();
      lock();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [lock]);

  return (
    <NavigationContext value={navigate}>
      <div className="shell">
        <a
          className="skip-link"
          href="#main"
          onClick={(event) => {
            event.preventDefault();
            document.getElementById('main')?.focus();
          }}
        >
          {t('app.skipToContent')}
        </a>
        <Sidebar current={sectionOf(route)} onLock={lock} />
        <main id="main" className="content" tabIndex={-1}>
          <ReadOnlyBanner />
          <Screen route={route} />
        </main>
        <SearchPalette />
        <PendingNotesFlusher />
      </div>
    </NavigationContext>
  );
}
