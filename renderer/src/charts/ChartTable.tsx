import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { chartTable } from '../../../shared/chart';
import { formatChartDate } from './chartTime';
import type { LineChartBand, LineChartSeries } from './LineChart';

interface ChartTableProps {
  title: string;
  series: readonly LineChartSeries[];
  bands: readonly LineChartBand[];
  baseline?: number | null | undefined;
  target?: number | null | undefined;
  formatY: (value: number) => string;
}

/**
 * The text alternative: the same numbers in a table, folded away until asked for, and only built
 * then: a page with many charts of many sessions paints without thousands of hidden cells.
 */
export function ChartTable({ title, series, bands, baseline, target, formatY }: ChartTableProps) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <details className="chart-table" onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary>{t('charts.showTable')}</summary>
      </details>
    );
  }
  const table = chartTable(series.map((s) => ({ id: s.id, label: s.label, points: s.points })));
  const references = [
    baseline != null ? `${t('charts.baseline')}: ${formatY(baseline)}` : null,
    target != null ? `${t('charts.target')}: ${formatY(target)}` : null,
  ].filter(Boolean);
  const cell = (value: number | null) => {
    if (value === null) return <span aria-label={t('charts.noValueSpoken')}>{t('charts.noValue')}</span>;
    const band = bands.find((b) => value >= Math.min(b.from, b.to) && value <= Math.max(b.from, b.to));
    return band ? t('charts.valueInBand', { value: formatY(value), band: band.label }) : formatY(value);
  };
  return (
    <details className="chart-table" open onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t('charts.showTable')}</summary>
      {references.length > 0 && <p className="chart-references">{references.join(' · ')}</p>}
      <table>
        <caption className="visually-hidden">{title}</caption>
        <thead>
          <tr>
            <th scope="col">{t('charts.date')}</th>
            {table.columns.map((column) => (
              <th scope="col" key={column.id}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.x}>
              <th scope="row">{formatChartDate(row.x, i18n.language)}</th>
              {row.values.map((value, i) => (
                <td key={table.columns[i]!.id}>{cell(value)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
