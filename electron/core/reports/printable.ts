/** What the reader sees where the report's fonts cannot draw a character (emoji, CJK, Arabic …). */
export const UNPRINTABLE_MARK = '[?]';

const segmenter = new Intl.Segmenter('und', { granularity: 'grapheme' });

/** Invisible characters that only change how a neighbour looks; dropping them loses nothing. */
const ignorable = (cp: number) => (cp >= 0xfe00 && cp <= 0xfe0f) || cp === 0x200d || cp === 0x200c;

/** Control characters (except line breaks and tabs) and bidi overrides that could reorder text. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Text without control characters and bidi overrides, e.g. for the PDF's metadata. */
export function withoutControls(text: string): string {
  return text.replace(CONTROL, '');
}

/** Words longer than this get invisible break chances, so a pasted link or code wraps within its column. */
const LONG_WORD = /[^\s\u200b]{48,}/g;

/**
 * Text as the report can print it: NFC-normalised, without control characters, very long words
 * breakable, and every run of grapheme clusters the fonts cannot draw replaced by one visible `[?]`.
 */
export function printable(text: string, coverage: ReadonlySet<number>): string {
  const clean = text
    .normalize('NFC')
    .replace(/\r\n?|[\u2028\u2029]/g, '\n')
    .replace(/\t/g, ' ')
    .replace(CONTROL, '')
    .replace(LONG_WORD, (word) => Array.from(word).reduce((out, ch, i) => out + (i > 0 && i % 32 === 0 ? '\u200b' : '') + ch, ''));
  if (allCovered(clean, coverage)) return clean;
  let out = '';
  let previousWasMark = false;
  for (const { segment } of segmenter.segment(clean)) {
    if (clusterCovered(segment, coverage)) {
      out += stripIgnorable(segment, coverage);
      previousWasMark = false;
    } else if (!previousWasMark) {
      out += UNPRINTABLE_MARK;
      previousWasMark = true;
    }
  }
  return out;
}

/** The distinct characters in a text that the report would replace, for a warning before export. */
export function findUnprintable(text: string, coverage: ReadonlySet<number>): string[] {
  const clean = text.normalize('NFC');
  // Most texts are plain: one pass over the code points, no grapheme segmentation.
  if (allCovered(clean.replace(CONTROL, ''), coverage)) return [];
  const found = new Set<string>();
  for (const { segment } of segmenter.segment(clean)) {
    if (segment !== '\n' && !clusterCovered(segment, coverage) && !CONTROL.test(segment)) found.add(segment);
    CONTROL.lastIndex = 0;
  }
  return [...found];
}

function allCovered(text: string, coverage: ReadonlySet<number>): boolean {
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp !== 0x0a && !coverage.has(cp)) return false;
  }
  return true;
}

function clusterCovered(cluster: string, coverage: ReadonlySet<number>): boolean {
  for (const ch of cluster) {
    const cp = ch.codePointAt(0)!;
    if (cp !== 0x0a && !coverage.has(cp) && !ignorable(cp)) return false;
  }
  return true;
}

function stripIgnorable(cluster: string, coverage: ReadonlySet<number>): string {
  let out = '';
  for (const ch of cluster) {
    const cp = ch.codePointAt(0)!;
    if (cp === 0x0a || coverage.has(cp)) out += ch;
  }
  return out;
}
