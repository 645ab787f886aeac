/** Words as the index tokenizes them: letters, digits and combining marks. */
const word = /[\p{L}\p{N}\p{M}]+/gu;
const maxParts = 8;

export interface FtsQuery {
  /** A safe FTS5 MATCH expression, or null when the input holds no words at all. */
  match: string | null;
  terms: string[];
}

/**
 * Turn whatever the user typed into an FTS5 query that cannot be a syntax error: only words
 * survive, each quoted, so AND, OR, NEAR, *, ( and " are plain text. All parts must match.
 * Text between a pair of double quotes is a phrase. The word being typed (the last one, with no
 * space after it) and any word followed by * are prefixes; other words match whole. Prefix
 * terms are the expensive ones in a large index, so only the word still being typed is one.
 */
export function toFtsQuery(input: string): FtsQuery {
  const text = input.normalize('NFC');
  const stillTyping = !/\s$/.test(text);
  const parts: string[] = [];
  const terms: string[] = [];
  const chunks = [...text.matchAll(/"([^"]*)"|([^\s"]+)/g)];
  chunks.forEach((chunk, c) => {
    if (chunk[1] !== undefined) {
      const words = chunk[1].match(word) ?? [];
      if (words.length === 0) return;
      parts.push(`"${words.join(' ')}"`);
      terms.push(words.join(' '));
      return;
    }
    const piece = chunk[2]!;
    const words = [...piece.matchAll(word)];
    words.forEach((w, i) => {
      const lastTyped = stillTyping && c === chunks.length - 1 && i === words.length - 1;
      const starred = piece[w.index + w[0].length] === '*';
      parts.push(lastTyped || starred ? `"${w[0]}"*` : `"${w[0]}"`);
      terms.push(w[0]);
    });
  });
  const kept = parts.slice(0, maxParts);
  return { match: kept.length ? kept.join(' ') : null, terms: terms.slice(0, maxParts) };
}

/** Every word typed as the start of a word, all of them required: how the lists filter by name or title. */
export function wordStarts(input: string): string | null {
  const { terms } = toFtsQuery(input);
  return terms.length ? terms.map((term) => `"${term}"*`).join(' ') : null;
}
