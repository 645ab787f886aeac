import type { SearchResults } from '../../../shared/contract';
import type { searchKinds } from '../../../shared/contract/search';
import type { Db } from '../db/open';
import { clientHits } from './clientHits';
import { toFtsQuery } from './ftsQuery';
import { matchEnd, matchStart, toSnippet } from './snippet';

type Kind = (typeof searchKinds)[number];
const snippetWords = 12;
const snip = (table: string, column: number) => `snippet(${table}, ${column}, '${matchStart}', '${matchEnd}', '…', ${snippetWords})`;

interface NoteRow {
  session_id: number;
  trajectory_id: number;
  title: string;
  starts_at: string;
  snippet: string;
}

/**
 * Search the practice. Newest first: rowid order lets the index stop early, so a common word
 * stays fast in a large practice.
 */
export function searchPractice(db: Db, query: string, asked: readonly Kind[], limit: number): SearchResults {
  const { match, terms } = toFtsQuery(query);
  const namesOnly = terms.length > 0 && terms.every((term) => [...term].length < 2) && asked.some((kind) => kind !== 'clients');
  const kinds = namesOnly ? asked.filter((kind) => kind === 'clients') : asked;
  const results: SearchResults = { terms, notes: [], agreements: [], goals: [], clients: [], more: [], namesOnly };
  if (match === null) return results;
  const take = <T>(kind: Kind, rows: T[]): T[] => {
    if (rows.length > limit) results.more.push(kind);
    return rows.slice(0, limit);
  };
  const params = { limit: limit + 1 };

  if (kinds.includes('notes')) {
    const notes = (['summary', 'private_notes'] as const).flatMap((column, index) => {
      const rows = db
        .prepare(
          `SELECT f.rowid AS session_id, s.trajectory_id, t.title, s.starts_at, ${snip('session_note_fts', index)} AS snippet
           FROM session_note_fts f JOIN session s ON s.id = f.rowid JOIN trajectory t ON t.id = s.trajectory_id
           WHERE session_note_fts MATCH @match ORDER BY f.rowid DESC LIMIT @limit`,
        )
        .all({ ...params, match: `${column} : (${match})` }) as NoteRow[];
      return rows.map((r) => ({
        sessionId: r.session_id,
        trajectoryId: r.trajectory_id,
        trajectoryTitle: r.title,
        startsAt: r.starts_at,
        field: column === 'summary' ? ('summary' as const) : ('privateNotes' as const),
        private: column === 'private_notes',
        snippet: toSnippet(r.snippet),
      }));
    });
    notes.sort((a, b) => b.startsAt.localeCompare(a.startsAt) || b.sessionId - a.sessionId || Number(a.private) - Number(b.private));
    results.notes = take('notes', notes);
  }

  if (kinds.includes('agreements')) {
    const rows = db
      .prepare(
        `SELECT a.id, a.trajectory_id, t.title, a.made_in_session_id, ${snip('agreement_fts', -1)} AS snippet
         FROM agreement_fts f JOIN agreement a ON a.id = f.rowid JOIN trajectory t ON t.id = a.trajectory_id
         WHERE agreement_fts MATCH @match ORDER BY f.rowid DESC LIMIT @limit`,
      )
      .all({ ...params, match }) as { id: number; trajectory_id: number; title: string; made_in_session_id: number; snippet: string }[];
    results.agreements = take(
      'agreements',
      rows.map((r) => ({
        agreementId: r.id,
        trajectoryId: r.trajectory_id,
        trajectoryTitle: r.title,
        sessionId: r.made_in_session_id,
        snippet: toSnippet(r.snippet),
      })),
    );
  }

  if (kinds.includes('goals')) {
    const rows = db
      .prepare(
        `SELECT g.id, g.trajectory_id, t.title, ${snip('goal_fts', -1)} AS snippet
         FROM goal_fts f JOIN goal g ON g.id = f.rowid JOIN trajectory t ON t.id = g.trajectory_id
         WHERE goal_fts MATCH @match ORDER BY f.rowid DESC LIMIT @limit`,
      )
      .all({ ...params, match }) as { id: number; trajectory_id: number; title: string; snippet: string }[];
    results.goals = take(
      'goals',
      rows.map((r) => ({ goalId: r.id, trajectoryId: r.trajectory_id, trajectoryTitle: r.title, snippet: toSnippet(r.snippet) })),
    );
  }

  if (kinds.includes('clients')) results.clients = take('clients', clientHits(db, terms, limit + 1));
  return results;
}
