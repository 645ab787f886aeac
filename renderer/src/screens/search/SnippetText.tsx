import type { Snippet } from '../../../../shared/contract';

/**
 * A search snippet: plain text pieces, the matching ones in <mark>. Everything goes through React as
 * text, so a note that contains "<b>" or a script tag shows those characters and nothing else.
 */
export function SnippetText({ snippet }: { snippet: Snippet }) {
  return (
    <span className="snippet">
      {snippet.map((piece, index) => (piece.match ? <mark key={index}>{piece.text}</mark> : <span key={index}>{piece.text}</span>))}
    </span>
  );
}
