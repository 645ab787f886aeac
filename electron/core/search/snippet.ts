import type { Snippet } from '../../../shared/contract';

/** Markers FTS5 puts around matches; control characters that typed text does not contain. */
export const matchStart = '\u0001';
export const matchEnd = '\u0002';

/** Split a marked snippet into plain pieces, so a screen never renders markup from the vault. */
export function toSnippet(marked: string): Snippet {
  const pieces: Snippet = [];
  for (const [i, part] of marked.split(matchStart).entries()) {
    if (i === 0) {
      if (part) pieces.push({ text: part, match: false });
      continue;
    }
    const end = part.indexOf(matchEnd);
    const hit = end < 0 ? part : part.slice(0, end);
    const rest = end < 0 ? '' : part.slice(end + 1);
    if (hit) pieces.push({ text: hit, match: true });
    if (rest) pieces.push({ text: rest, match: false });
  }
  return pieces;
}
