import { createContext, useContext } from 'react';
import type { QuestionnaireView } from '../questionnaires/views';
import type { SessionStep } from '../sessions/steps';
import type { SettingsPage } from '../settings/settingsPages';

/** What the clients list showed, so coming back from a client returns to the same place. */
export interface ClientListState {
  query: string;
  sort: 'name' | 'created' | 'updated';
  showArchived: boolean;
  offset: number;
}

/** What the trajectories list showed (#/trajectories), so coming back returns to the same place. */
export interface TrajectoryListState {
  query: string;
  status: 'open' | 'intake' | 'active' | 'paused' | 'closed' | 'all';
  kind: 'all' | 'individual' | 'couple' | 'team';
  /** The first row of the page shown (the list is paged by core). */
  offset?: number;
}

export type Route =
  | { screen: 'dashboard' }
  | { screen: 'clients'; list?: ClientListState }
  | { screen: 'client'; id: number | 'new'; list?: ClientListState }
  | { screen: 'clientImport' }
  | { screen: 'trajectories'; list?: TrajectoryListState }
  | { screen: 'trajectory'; id: number; list?: TrajectoryListState }
  | { screen: 'trajectoryEditor'; id: number | 'new'; list?: TrajectoryListState }
  | { screen: 'trajectoryReport'; id: number }
  | { screen: 'session'; id: number; step?: SessionStep }
  | { screen: 'calendar'; view?: 'day' | 'week'; date?: string }
  | { screen: 'search'; query?: string }
  | { screen: 'questionnaires'; view?: QuestionnaireView }
  | { screen: 'settings'; page?: SettingsPage; clientId?: number };

export type Section = 'dashboard' | 'calendar' | 'clients' | 'trajectories' | 'search' | 'questionnaires' | 'settings';

export function sectionOf(route: Route): Section {
  if (route.screen === 'trajectory' || route.screen === 'trajectoryEditor' || route.screen === 'session') return 'trajectories';
  if (route.screen === 'trajectoryReport') return 'trajectories';
  return route.screen === 'client' || route.screen === 'clientImport' ? 'clients' : route.screen;
}

export const NavigationContext = createContext<(route: Route) => void>(() => undefined);

export function useNavigate(): (route: Route) => void {
  return useContext(NavigationContext);
}
