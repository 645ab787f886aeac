export type Delimiter = ';' | ',' | '\t';

export interface CsvRecord {
  /** The line the record starts on, 1-based (a quoted field may span lines). */
  line: number;
  cells: string[];
}

/** The separator of the header line: Dutch Excel writes semicolons, others commas or tabs; a tie goes to the semicolon. */
export function detectDelimiter(text: string): Delimiter {
  const header = text.split(/\r\n|\n|\r/, 1)[0] ?? '';
  const outside = header.replace(/"[^"]*"/g, '');
  const count = (d: string) => outside.split(d).length - 1;
  const candidates: Delimiter[] = [';', ',', '\t'];
  return candidates.reduce((best, d) => (count(d) > count(best) ? d : best), ';');
}

/** RFC 4180 records: quoted fields may hold the separator, line breaks and doubled quotes; blank lines are skipped. */
export function parseCsv(text: string, delimiter: Delimiter): CsvRecord[] {
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  const endRecord = () => {
    cells.push(cell);
    if (cells.some((c) => c.trim() !== '')) records.push({ line: start, cells });
    cells = [];
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) line++;
        cell += c;
      }
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === delimiter) {
      cells.push(cell);
      cell = '';
    } else if (c === '\r' || c === '\n') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
      start = line;
    } else cell += c;
  }
  if (cell !== '' || cells.length > 0) endRecord();
  return records;
}
