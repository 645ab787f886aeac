import type { TFunction } from 'i18next';
import type { SearchResults, Snippet } from '../../../../shared/contract';
import type { searchKinds } from '../../../../shared/contract/search';
import type { Route } from '../shell/navigation';
import { formatDayAndTime } from '../../i18n/format';

export type SearchKind = (typeof searchKinds)[number];

/** One hit, ready to show and to open. */
export interface SearchEntry {
  id: string;
  kind: SearchKind;
  title: string;
  /** Where the hit lives: a trajectory, a field. */
  context: string;
  snippet: Snippet;
  /** A hit in private notes: shown with a lock, never mistaken for shareable text. */
  private: boolean;
  archived: boolean;
  route: Route;
}

/** The order of the groups on screen: people first, then what was written and agreed. */
export const groupOrder: readonly SearchKind[] = ['clients', 'notes', 'agreements', 'goals'];

export function searchEntries(results: SearchResults, t: TFunction, language: string): Record<SearchKind, SearchEntry[]> {
  return {
    clients: results.clients.map((hit) => ({
      id: `client-${hit.clientId}`,
      kind: 'clients',
      title: hit.name,
      context: t('search.kind.client'),
      snippet: hit.snippet,
      private: false,
      archived: hit.archived,
      route: { screen: 'client', id: hit.clientId },
    })),
    notes: results.notes.map((hit) => ({
      id: `note-${hit.sessionId}-${hit.field}`,
      kind: 'notes',
      title: t('search.sessionOf', { date: formatDayAndTime(hit.startsAt, language) }),
      context: `${hit.trajectoryTitle} · ${hit.private ? t('search.privateNotes') : t('search.summary')}`,
      snippet: hit.snippet,
      private: hit.private,
      archived: false,
      route: { screen: 'session', id: hit.sessionId, step: 'notes' },
    })),
    agreements: results.agreements.map((hit) => ({
      id: `agreement-${hit.agreementId}`,
      kind: 'agreements',
      title: hit.trajectoryTitle,
      context: t('search.kind.agreement'),
      snippet: hit.snippet,
      private: false,
      archived: false,
      route: { screen: 'session', id: hit.sessionId, step: 'agreements' },
    })),
    goals: results.goals.map((hit) => ({
      id: `goal-${hit.goalId}`,
      kind: 'goals',
      title: hit.trajectoryTitle,
      context: t('search.kind.goal'),
      snippet: hit.snippet,
      private: false,
      archived: false,
      route: { screen: 'trajectory', id: hit.trajectoryId },
    })),
  };
}
