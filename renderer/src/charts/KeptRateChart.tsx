import { useTranslation } from 'react-i18next';
import type { KeptRateOverview, KeptRateSeries } from '../../../shared/contract';
import type { AgreementOwner } from '../../../shared/domain/agreement';
import { chartTime, formatChartNumber } from './chartTime';
import { LineChart, type LineChartSeries } from './LineChart';
import { overallStyle, seriesStyle, type SeriesStyle } from './palette';

interface KeptRateChartProps {
  keptRate: KeptRateOverview;
  /** "Sanne de Wit", "Beide partners", "Behandelaar". */
  ownerLabel: (owner: AgreementOwner) => string;
  /** A participant's style from the other charts, so the same person keeps the same line. */
  ownerStyle?: (owner: AgreementOwner) => SeriesStyle | undefined;
  title?: string;
  showTitle?: boolean;
}

/** The kept-rate over time (cumulative, per review session), overall and per owner, and what partly kept counts for. */
export function KeptRateChart({ keptRate, ownerLabel, ownerStyle, title, showTitle }: KeptRateChartProps) {
  const { t, i18n } = useTranslation();
  const percent = (value: number) => `${formatChartNumber(value, i18n.language, 0)}%`;
  const toSeries = (rates: KeptRateSeries, id: string, label: string, style: SeriesStyle): LineChartSeries => ({
    id,
    label,
    style,
    points: rates.points.map((p) => ({ x: chartTime(p.date), y: p.cumulativeRate === null ? null : p.cumulativeRate * 100 })),
  });
  // One owner only: their line is the overall line, so it is drawn once.
  const owners = keptRate.byOwner.length > 1 ? keptRate.byOwner : [];
  const series = [
    toSeries(keptRate.overall, 'overall', t('charts.keptRate.overall'), overallStyle),
    ...owners.map((rates, i) =>
      toSeries(rates, `owner-${i}`, ownerLabel(rates.owner!), ownerStyle?.(rates.owner!) ?? seriesStyle(i)),
    ),
  ];
  const line = (label: string, rates: KeptRateSeries) =>
    rates.rate === null
      ? t('charts.keptRate.noneReviewed', { owner: label })
      : t('charts.keptRate.line', { owner: label, rate: percent(rates.rate * 100), count: rates.reviewed });

  return (
    <div className="kept-rate">
      <LineChart
        title={title ?? t('charts.keptRate.title')}
        showTitle={showTitle}
        series={series}
        yDomain={[0, 100]}
        yLabel={t('charts.keptRate.axis')}
        formatY={percent}
        yTickCount={4}
        emptyText={t('charts.keptRate.empty')}
      />
      {keptRate.overall.reviewed > 0 && (
        <ul className="kept-rate-summary">
          <li>
            <strong>{line(t('charts.keptRate.overall'), keptRate.overall)}</strong>
          </li>
          {owners.map((rates, i) => (
            <li key={i}>{line(ownerLabel(rates.owner!), rates)}</li>
          ))}
        </ul>
      )}
      <p className="chart-note">{t('charts.keptRate.partlyHalf')}</p>
    </div>
  );
}
