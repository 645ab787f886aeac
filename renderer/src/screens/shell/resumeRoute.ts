import type { Route } from './navigation';

/**
 * Where to come back to after the vault locked and was opened again. Held in memory only, and without
 * typed search text (a name is client data): ids and how a list was sorted and filtered are enough.
 */
export function routeToResume(route: Route): Route {
  switch (route.screen) {
    case 'search':
      return { screen: 'search' };
    case 'clients':
    case 'client':
      return route.list ? { ...route, list: { ...route.list, query: '' } } : route;
    case 'trajectories':
    case 'trajectory':
    case 'trajectoryEditor':
      return route.list ? { ...route, list: { ...route.list, query: '' } } : route;
    // These hold ids and views only, nothing typed.
    case 'dashboard':
    case 'clientImport':
    case 'trajectoryReport':
    case 'session':
    case 'calendar':
    case 'questionnaires':
    case 'settings':
      return route;
  }
}
