import type { ChartTable } from '../../../../shared/chart';
import { caption } from './blocks';
import { drawTable } from './table';
import { theme } from './theme';
import type { ReportWriter } from './writer';

const LABEL_WIDTH = 104;
const COLUMN_WIDTH = 36;

/**
 * The chart's text alternative: dates across, one row per person, in blocks as wide as the
 * page, so ten sessions take three lines instead of a page.
 */
export function drawNumbersGrid(w: ReportWriter, table: ChartTable, formatValue: (value: number) => string): void {
  if (table.rows.length === 0) return;
  // Within one year the year goes in the corner, and each date fits on one line.
  const years = new Set(table.rows.map((row) => new Date(row.x).getUTCFullYear()));
  const oneYear = years.size === 1;
  const corner = oneYear ? `${w.t.goals.date} (${[...years][0]})` : w.t.goals.date;
  const formatDate = (x: number) => (oneYear ? w.f.tick(x, 'day') : w.f.shortDate(new Date(x).toISOString()));
  const columnWidth = oneYear ? COLUMN_WIDTH : COLUMN_WIDTH + 8;
  const maxPerBlock = Math.max(1, Math.floor((w.width - LABEL_WIDTH) / columnWidth));
  // Blocks of equal width read better than a full block and a stub (10 dates: 5 + 5, not 8 + 2).
  const perBlock = Math.ceil(table.rows.length / Math.ceil(table.rows.length / maxPerBlock));
  const blockHeight = 20 + 15 * table.columns.length;
  caption(w, w.t.chartAlternative, blockHeight);
  for (let start = 0; start < table.rows.length; start += perBlock) {
    const block = table.rows.slice(start, start + perBlock);
    drawTable(
      w,
      [{ header: corner, weight: LABEL_WIDTH }, ...block.map((row) => ({ header: formatDate(row.x), weight: columnWidth }))],
      table.columns.map((column, c) => [column.label, ...block.map((row) => (row.values[c] == null ? '–' : formatValue(row.values[c]!)))]),
      { size: theme.size.tiny + 0.5, width: LABEL_WIDTH + columnWidth * block.length, compact: true },
    );
  }
}
