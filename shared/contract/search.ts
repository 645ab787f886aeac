import { z } from 'zod';
import { method } from './define';
import { queryText } from './fields';

/** A snippet as plain pieces, so no screen ever has to render markup from the database. */
export type Snippet = { text: string; match: boolean }[];

export interface NoteHit {
  sessionId: number;
  trajectoryId: number;
  trajectoryTitle: string;
  startsAt: string;
  field: 'summary' | 'privateNotes';
  private: boolean;
  snippet: Snippet;
}

export interface AgreementHit {
  agreementId: number;
  trajectoryId: number;
  trajectoryTitle: string;
  sessionId: number;
  snippet: Snippet;
}

export interface GoalHit {
  goalId: number;
  trajectoryId: number;
  trajectoryTitle: string;
  snippet: Snippet;
}

export interface ClientHit {
  clientId: number;
  name: string;
  archived: boolean;
  snippet: Snippet;
}

export const searchKinds = ['notes', 'agreements', 'goals', 'clients'] as const;

export interface SearchResults {
  /** The words actually searched for, after removing operators and punctuation. */
  terms: string[];
  notes: NoteHit[];
  agreements: AgreementHit[];
  goals: GoalHit[];
  clients: ClientHit[];
  /** Kinds with more hits than the limit. */
  more: (typeof searchKinds)[number][];
  /**
   * A query of single letters searched names only: one letter matches a word in nearly every
   * note, too many to read. From the second letter notes, agreements and goals are searched too.
   */
  namesOnly: boolean;
}

export const searchMethods = {
  'search.query': method<SearchResults>()(
    z
      .object({
        query: queryText(),
        kinds: z.array(z.enum(searchKinds)).max(4).default([...searchKinds]),
        limit: z.number().int().min(1).max(50).default(10),
      })
      .strict(),
    'Full-text search over notes (private hits marked), agreements, goals and clients; newest first; the word being typed (and word*) as prefix.',
  ),
};
