import { useTranslation } from 'react-i18next';
import type { SeriesStyle } from './palette';
import { SeriesMarker } from './SeriesMarker';

/** Which line is whose: a sample of the line with its marker, and the name next to it. */
export function ChartLegend({ series }: { series: { label: string; style: SeriesStyle }[] }) {
  const { t } = useTranslation();
  return (
    <ul className="chart-legend" aria-label={t('charts.legend')}>
      {series.map(({ label, style }) => (
        <li key={label}>
          <svg width="28" height="14" viewBox="0 0 28 14" aria-hidden="true" focusable="false">
            <line x1="1" x2="27" y1="7" y2="7" stroke={style.colour} strokeWidth="2.25" strokeDasharray={style.dash} />
            <SeriesMarker shape={style.marker} hollow={style.hollow} cx={14} cy={7} r={style.hollow ? 2.5 : 4.5} colour={style.colour} />
          </svg>
          <span>{label}</span>
        </li>
      ))}
    </ul>
  );
}
