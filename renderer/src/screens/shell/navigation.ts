import { createContext, useContext } from 'react';

/** What the clients list showed, so coming back from a client returns to the same place. */
export interface ClientListState {
  query: string;
  sort: 'name' | 'created' | 'updated';
  showArchived: boolean;
  offset: number;
}

export type Route =
  | { screen: 'dashboard' }
  | { screen: 'clients'; list?: ClientListState }
  | { screen: 'client'; id: number | 'new'; list?: ClientListState }
  | { screen: 'settings' };

export type Section = 'dashboard' | 'clients' | 'settings';

export function sectionOf(route: Route): Section {
  return route.screen === 'client' ? 'clients' : route.screen;
}

export const NavigationContext = createContext<(route: Route) => void>(() => undefined);

export function useNavigate(): (route: Route) => void {
  return useContext(NavigationContext);
}
