import type { ChartSeriesInput } from './geometry';

export interface ChartTableRow {
  x: number;
  /** One value per series, in series order; null when that series has no value at this x. */
  values: (number | null)[];
}

export interface ChartTable {
  columns: { id: string; label: string }[];
  rows: ChartTableRow[];
}

/**
 * The numbers behind a chart as rows (one per x, ascending), so a screen reader or the
 * printed report can show the same data as a table. Formatting is left to the caller.
 */
export function chartTable(series: readonly ChartSeriesInput[]): ChartTable {
  const byX = new Map<number, (number | null)[]>();
  series.forEach((s, column) => {
    for (const p of s.points) {
      let row = byX.get(p.x);
      if (!row) {
        row = series.map(() => null);
        byX.set(p.x, row);
      }
      if (p.y !== null && Number.isFinite(p.y)) row[column] = p.y;
    }
  });
  return {
    columns: series.map((s) => ({ id: s.id, label: s.label })),
    rows: [...byX.entries()].sort(([a], [b]) => a - b).map(([x, values]) => ({ x, values })),
  };
}
