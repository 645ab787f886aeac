import type { FontFace } from '../fonts';
import { drawOutcomeIcon } from './icons';
import { theme, type OutcomeIcon } from './theme';
import type { ReportWriter, TextStyle } from './writer';

export interface TextPart extends TextStyle {
  text: string;
}

export interface Cell {
  parts: TextPart[];
  icon?: OutcomeIcon;
}

export type CellInput = string | Cell;

export interface Column {
  header: string;
  /** Relative width; the columns share the content width in proportion. */
  weight: number;
}

export interface TableOptions {
  size?: number;
  face?: FontFace;
  /** Narrow tables (a date and two numbers) look better than stretched ones. */
  width?: number;
  /** Tighter rows for tables of numbers. */
  compact?: boolean;
}

const PART_GAP = 2;
const ICON_SPACE = 14;
/** Below this much room a split row would be a sliver; start on the next page instead. */
const MIN_SPLIT_ROOM = 44;

/**
 * A table that breaks between rows, repeats its header row on every page, and splits a row
 * taller than a page at a word boundary so nothing is cut off.
 */
export function drawTable(w: ReportWriter, columns: Column[], rows: CellInput[][], options: TableOptions = {}): void {
  const size = options.size ?? theme.size.small;
  const PAD_X = options.compact ? 4 : 6;
  const PAD_Y = options.compact ? 3 : 5;
  const total = columns.reduce((sum, c) => sum + c.weight, 0);
  const tableWidth = Math.min(options.width ?? w.width, w.width);
  const widths = columns.map((c) => (c.weight / total) * tableWidth);
  const xs = widths.map((_, i) => w.left + widths.slice(0, i).reduce((a, b) => a + b, 0));
  const headerStyle: TextStyle = { face: 'bold', size: theme.size.tiny + 0.5, colour: theme.colour.muted };
  const headerHeight = Math.max(...columns.map((c, i) => w.heightOf(c.header, widths[i]! - 2 * PAD_X, headerStyle))) + 2 * PAD_Y;
  const style = (part: TextPart): TextStyle => ({ face: part.face ?? options.face ?? 'body', size: part.size ?? size, colour: part.colour ?? theme.colour.ink, lineGap: part.lineGap ?? 2 });
  const innerWidth = (cell: Cell, i: number) => widths[i]! - 2 * PAD_X - (cell.icon ? ICON_SPACE : 0);

  // Each part is measured once: laying out text is the slow part of a long report.
  const measured = new WeakMap<TextPart, number>();
  const partHeight = (part: TextPart, width: number) => {
    let height = measured.get(part);
    if (height === undefined) {
      height = w.heightOf(part.text, width, style(part));
      measured.set(part, height);
    }
    return height;
  };
  const partsHeight = (cell: Cell, i: number) =>
    cell.parts.reduce((sum, part, k) => sum + partHeight(part, innerWidth(cell, i)) + (k > 0 ? PART_GAP : 0), 0);

  // The header row is content once; repeated on a later page it is a running header (an artifact).
  let headerDrawn = false;
  const drawHeader = () => {
    const y = w.y;
    const cells = () =>
      columns.forEach((c, i) =>
        w.group('TH', () => w.boxed(c.header, xs[i]! + PAD_X, y + PAD_Y, widths[i]! - 2 * PAD_X, headerHeight, headerStyle), { scope: 'Column' }),
      );
    if (headerDrawn) w.artifact(cells, 'Pagination');
    else w.group('TR', cells);
    headerDrawn = true;
    w.artifact(() =>
      w.doc.save().moveTo(w.left, y + headerHeight).lineTo(w.left + tableWidth, y + headerHeight).lineWidth(0.6).strokeColor(theme.colour.hairline).stroke().restore(),
    );
    w.y = y + headerHeight;
  };

  const drawRow = (cells: Cell[], height: number, zebra: boolean) => {
    const y = w.y;
    if (zebra) w.artifact(() => w.doc.save().rect(w.left, y, tableWidth, height).fill(theme.colour.zebra).restore());
    w.group('TR', () =>
      cells.forEach((cell, i) =>
        w.tagged('TD', () => {
          let x = xs[i]! + PAD_X;
          if (cell.icon) {
            drawOutcomeIcon(w.doc, cell.icon, x, y + PAD_Y + 1.5, 9);
            x += ICON_SPACE;
          }
          let py = y + PAD_Y;
          for (const part of cell.parts) {
            const h = partHeight(part, innerWidth(cell, i));
            w.boxed(part.text, x, py, innerWidth(cell, i), h, style(part));
            py += h + PART_GAP;
          }
        }),
      ),
    );
    w.y = y + height;
    w.artifact(() => w.doc.save().moveTo(w.left, w.y).lineTo(w.left + tableWidth, w.y).lineWidth(0.4).strokeColor(theme.colour.grid).stroke().restore());
  };

  w.group('Table', () => {
  const pageRoom = () => w.bottom - w.top - headerHeight;
  const cellRows = rows.map((row) => row.map(toCell));
  const firstRow = cellRows[0] ? Math.min(rowHeight(cellRows[0]), 60) : 0;
  w.ensureSpace(headerHeight + firstRow);
  drawHeader();

  function rowHeight(cells: Cell[]): number {
    return Math.max(...cells.map((cell, i) => partsHeight(cell, i))) + 2 * PAD_Y;
  }

  cellRows.forEach((row, index) => {
    let cells = row;
    const zebra = index % 2 === 1;
    for (let guard = 0; guard < 200; guard++) {
      const height = rowHeight(cells);
      if (w.y + height <= w.bottom) {
        drawRow(cells, height, zebra);
        return;
      }
      if (height <= pageRoom()) {
        w.newPage();
        drawHeader();
        continue;
      }
      if (w.bottom - w.y < MIN_SPLIT_ROOM) {
        w.newPage();
        drawHeader();
      }
      const room = w.bottom - w.y - 2 * PAD_Y;
      const fresh = w.y <= w.top + headerHeight + 1;
      const split = cells.map((cell, i) => splitCell(w, cell, innerWidth(cell, i), room, style, fresh));
      const head = split.map((s) => s.head);
      drawRow(head, rowHeight(head), zebra);
      cells = split.map((s, i) => ({ parts: s.tail, ...(cells[i]!.icon && s.head.parts.length === 0 ? { icon: cells[i]!.icon } : {}) }));
      w.newPage();
      drawHeader();
    }
  });
  });
  w.y += options.compact ? 4 : 6;
}

function toCell(input: CellInput): Cell {
  return typeof input === 'string' ? { parts: [{ text: input }] } : input;
}

/** The part of a cell that fits in `room` points, and the rest for the next page. */
function splitCell(
  w: ReportWriter,
  cell: Cell,
  width: number,
  room: number,
  style: (p: TextPart) => TextStyle,
  fresh: boolean,
): { head: Cell; tail: TextPart[] } {
  const head: TextPart[] = [];
  let used = 0;
  for (let k = 0; k < cell.parts.length; k++) {
    const part = cell.parts[k]!;
    const gap = head.length > 0 ? PART_GAP : 0;
    const h = w.heightOf(part.text, width, style(part));
    if (used + gap + h <= room) {
      head.push(part);
      used += gap + h;
      continue;
    }
    const fits = (text: string) => w.heightOf(text, width, style(part)) <= room - used - gap;
    // Split what will be printed (with its break chances), so pieces line up with the wrapped lines.
    const text = w.print(part.text);
    let tokens = text.split(/(?<=[\s\u200b])/);
    let n = largestFitting(tokens, fits);
    if (n === 0 && fresh && head.length === 0) {
      // One unbroken "word" taller than the page: split it between characters.
      tokens = Array.from(text);
      n = Math.max(1, largestFitting(tokens, fits));
    }
    const rest = cell.parts.slice(k + 1);
    if (n === 0) return { head: { ...cell, parts: head }, tail: [part, ...rest] };
    head.push({ ...part, text: tokens.slice(0, n).join('').trimEnd() });
    return { head: { ...cell, parts: head }, tail: [{ ...part, text: tokens.slice(n).join('').trimStart() }, ...rest] };
  }
  return { head: { ...cell, parts: head }, tail: [] };
}

function largestFitting(tokens: string[], fits: (text: string) => boolean): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(tokens.slice(0, mid).join(''))) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
