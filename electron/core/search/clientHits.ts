import type { SearchResults, Snippet } from '../../../shared/contract';
import type { Db } from '../db/open';
import { foldForSearch } from '../text/fold';
import { displayName } from '../trajectories/participants';
import { wordStarts } from './ftsQuery';

interface ClientRow {
  id: number;
  first_name: string;
  preferred_name: string;
  last_name: string;
  email: string;
  archived_at: string | null;
}

const wordOrOther = /([\p{L}\p{N}\p{M}]+)|([^\p{L}\p{N}\p{M}]+)/gu;

/** The text with every word that starts with a typed term marked, as plain pieces. */
export function markWordStarts(text: string, terms: readonly string[]): Snippet {
  const folded = terms.map(foldForSearch);
  const pieces: Snippet = [];
  for (const [, word, other] of text.matchAll(wordOrOther)) {
    const match = word !== undefined && folded.some((term) => foldForSearch(word).startsWith(term));
    const piece = word ?? other ?? '';
    const last = pieces.at(-1);
    if (last && last.match === match) last.text += piece;
    else pieces.push({ text: piece, match });
  }
  return pieces;
}

/**
 * Clients whose name, e-mail address or phone number has a word starting with every term typed,
 * found in the folded index (Yılmaz for "yil"), newest first so the index stops at the page: from
 * the first letter on, the cost follows the page, not the number of clients. The snippet is the
 * part of the client that matched: the name, or the e-mail address when only that did.
 */
export function clientHits(db: Db, terms: readonly string[], limit: number): SearchResults['clients'] {
  const match = wordStarts(foldForSearch(terms.join(' ')));
  if (match === null) return [];
  const rows = db
    .prepare(
      `SELECT c.id, c.first_name, c.preferred_name, c.last_name, c.email, c.archived_at
       FROM client_search_fts f JOIN client c ON c.id = f.rowid
       WHERE client_search_fts MATCH @match ORDER BY f.rowid DESC LIMIT @limit`,
    )
    .all({ match, limit }) as ClientRow[];
  return rows.map((r) => {
    const name = displayName({ firstName: r.first_name, lastName: r.last_name, preferredName: r.preferred_name });
    const byName = markWordStarts(name, terms);
    return {
      clientId: r.id,
      name,
      archived: r.archived_at !== null,
      snippet: byName.some((piece) => piece.match) || r.email === '' ? byName : markWordStarts(r.email, terms),
    };
  });
}
