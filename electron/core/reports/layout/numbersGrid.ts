import type { ChartTable } from '../../../../shared/chart';
import { caption } from './blocks';
import { drawTable } from './table';
import { theme } from './theme';
import type { ReportWriter } from './writer';

const LABEL_WIDTH = 104;
const COLUMN_WIDTH = 36;
const BLOCK_GAP = 4;

interface GridLayout {
  corner: string;
  formatDate: (x: number) => string;
  columnWidth: number;
  perBlock: number;
  blocks: number;
  blockHeight: number;
}

/** A column per session date, or per month when the chart shows monthly averages. */
export type GridUnit = 'day' | 'month';

function gridLayout(w: ReportWriter, table: ChartTable, unit: GridUnit = 'day'): GridLayout {
  // Within one year the year goes in the corner, and each date fits on one line.
  const years = new Set(table.rows.map((row) => new Date(row.x).getUTCFullYear()));
  const oneYear = years.size === 1;
  const corner = unit === 'month' ? w.t.month : oneYear ? `${w.t.goals.date} (${[...years][0]})` : w.t.goals.date;
  const formatDate = (x: number) =>
    unit === 'month' ? w.f.tick(x, 'month') : oneYear ? w.f.tick(x, 'day') : w.f.shortDate(new Date(x).toISOString());
  // Wide enough for the widest date on one line ("30 Sept", "12 mrt 2025") plus the cell padding.
  const headerStyle = { face: 'bold' as const, size: theme.size.tiny + 0.5 };
  const widest = Math.max(...table.rows.map((row) => w.widthOf(formatDate(row.x), headerStyle)));
  const columnWidth = Math.max(oneYear ? COLUMN_WIDTH : COLUMN_WIDTH + 8, Math.ceil(widest) + 10);
  const maxPerBlock = Math.max(1, Math.floor((w.width - LABEL_WIDTH) / columnWidth));
  // Blocks of equal width read better than a full block and a stub (10 dates: 5 + 5, not 8 + 2).
  const blocks = Math.ceil(table.rows.length / maxPerBlock);
  const perBlock = Math.ceil(table.rows.length / blocks);
  return { corner, formatDate, columnWidth, perBlock, blocks, blockHeight: 20 + 15 * table.columns.length };
}

/** About how tall the grid will be, so a chart and its numbers can be kept on one page. */
export function numbersGridHeight(w: ReportWriter, table: ChartTable, unit: GridUnit = 'day'): number {
  if (table.rows.length === 0) return 0;
  const { blocks, blockHeight } = gridLayout(w, table, unit);
  return 18 + blocks * (blockHeight + BLOCK_GAP);
}

/**
 * The chart's text alternative: dates across, one row per person, in blocks as wide as the
 * page, so ten sessions take three lines instead of a page.
 */
export function drawNumbersGrid(w: ReportWriter, table: ChartTable, formatValue: (value: number) => string, unit: GridUnit = 'day'): void {
  if (table.rows.length === 0) return;
  const { corner, formatDate, columnWidth, perBlock, blockHeight } = gridLayout(w, table, unit);
  caption(w, w.t.chartAlternative, blockHeight);
  for (let start = 0; start < table.rows.length; start += perBlock) {
    const block = table.rows.slice(start, start + perBlock);
    drawTable(
      w,
      [{ header: corner, weight: LABEL_WIDTH }, ...block.map((row) => ({ header: formatDate(row.x), weight: columnWidth }))],
      table.columns.map((column, c) => [column.label, ...block.map((row) => (row.values[c] == null ? '–' : formatValue(row.values[c])))]),
      { size: theme.size.tiny + 0.5, width: LABEL_WIDTH + columnWidth * block.length, compact: true },
    );
  }
}
