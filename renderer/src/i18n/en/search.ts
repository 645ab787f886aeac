import type { searchNl } from '../nl/search';

/** Searching the practice, in English. */
export const searchEn: typeof searchNl = {
  title: 'Search',
  label: 'Search your practice',
  placeholder: 'Clients, notes, agreements, goals…',
  pageHint: 'In clients, session notes (private notes too), agreements and goals. Anywhere in Traject, {{keys}} opens the search window.',
  results: 'Search results',
  start: 'Type a name, or a word from a note, agreement or goal.',
  searching: 'Searching…',
  nothingTitle: 'Nothing found',
  nothing: 'Nothing found for ‘{{query}}’. Try another word or the start of a word.',
  namesOnly: 'With one letter, Traject searches names only. Type another letter to search notes, agreements and goals too.',
  keys: '↑ ↓ choose · Enter open · Esc close',
  openPage: 'Open the search page',
  moreOnPage: 'More results on the search page',
  more: 'There are more results. Make your search more specific to find them.',
  groups: {
    clients: 'Clients',
    notes: 'Sessions and notes',
    agreements: 'Agreements',
    goals: 'Goals',
  },
  kind: {
    client: 'Client',
    agreement: 'Agreement',
    goal: 'Trust goal',
  },
  sessionOf: 'Session on {{date}}',
  summary: 'shareable summary',
  privateNotes: 'private notes',
  privateTag: 'Private note',
  archived: 'Archived',
};
