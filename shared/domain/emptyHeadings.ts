/**
 * Note templates put their section headings into a summary ("Besproken", "Inzichten", …). A heading
 * with nothing under it says nothing to a reader: the report leaves it out, and finalising a note
 * warns about it first. One rule for both, here.
 */

const isHeading = (line: string, headings: ReadonlySet<string>) => headings.has(line.trim().toLocaleLowerCase('nl'));

function headingSet(headings: readonly string[]): Set<string> {
  return new Set(headings.map((h) => h.trim().toLocaleLowerCase('nl')).filter(Boolean));
}

/** Indexes of heading lines followed only by blank lines up to the next heading or the end. */
function emptyHeadingLines(lines: string[], headings: ReadonlySet<string>): number[] {
  const empty: number[] = [];
  lines.forEach((line, i) => {
    if (!isHeading(line, headings)) return;
    let j = i + 1;
    while (j < lines.length && lines[j]!.trim() === '') j++;
    if (j === lines.length || isHeading(lines[j]!, headings)) empty.push(i);
  });
  return empty;
}

/** The template headings in a text that have nothing under them, as written. */
export function emptyHeadings(text: string, headings: readonly string[]): string[] {
  const lines = text.split('\n');
  return emptyHeadingLines(lines, headingSet(headings)).map((i) => lines[i]!.trim());
}

/** The text without its empty template headings, and without the blank lines they leave behind. */
export function withoutEmptyHeadings(text: string, headings: readonly string[]): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const drop = new Set(emptyHeadingLines(lines, headingSet(headings)));
  return lines
    .filter((_, i) => !drop.has(i))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
