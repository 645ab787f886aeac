import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { chartGeometry, type ChartGeometry } from '../../../shared/chart';
import { formatChartNumber, formatTimeTick } from './chartTime';
import { ChartLegend } from './ChartLegend';
import { ChartTable } from './ChartTable';
import { seriesStyle, type SeriesStyle } from './palette';
import { SeriesMarker } from './SeriesMarker';
import { useChartWidth } from './useChartWidth';
import '../styles/charts.css';

export type BandTone = 'none' | 'mild' | 'moderate' | 'moderately_severe' | 'severe';

export interface LineChartSeries {
  id: string;
  label: string;
  /** x: a session's start as `chartTime(startsAt)`; y: null leaves a gap. */
  points: readonly { x: number; y: number | null }[];
  /** Defaults to the series' position; give a participant the same style in every chart. */
  style?: SeriesStyle;
}

export interface LineChartBand {
  from: number;
  to: number;
  label: string;
  tone?: BandTone;
}

export interface LineChartProps {
  /** Names the chart for screen readers and captions its table. */
  title: string;
  /** Show the title above the chart (default), or leave it to a heading of the caller. */
  showTitle?: boolean;
  series: readonly LineChartSeries[];
  yDomain: readonly [number, number];
  /** What the numbers are, written above the y axis: "Score (0–10)". */
  yLabel?: string;
  baseline?: number | null;
  target?: number | null;
  bands?: readonly LineChartBand[];
  formatY?: (value: number) => string;
  height?: number;
  yTickCount?: number;
  /** Said instead of an empty chart. */
  emptyText?: string;
}

const FONT = 12;
const charWidth = FONT * 0.6;

/** A line chart of values over sessions, with baseline, target and bands, and its numbers as a table. */
export function LineChart(props: LineChartProps) {
  const { title, showTitle = true, series, yDomain, yLabel, baseline, target, bands = [], height = 240 } = props;
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const formatY = props.formatY ?? ((value: number) => formatChartNumber(value, language));
  const { ref, width } = useChartWidth<HTMLDivElement>();
  const titleId = useId();
  const summaryId = useId();
  const styles = series.map((s, i) => s.style ?? seriesStyle(i));
  const hasPoints = series.some((s) => s.points.some((p) => p.y !== null));

  const baselineLabel = baseline != null ? `${t('charts.baseline')} ${formatY(baseline)}` : null;
  const targetLabel = target != null ? `${t('charts.target')} ${formatY(target)}` : null;
  const rightLabels = [baselineLabel, targetLabel, ...bands.map((b) => b.label)].filter((l): l is string => Boolean(l));
  const longestRight = Math.max(0, ...rightLabels.map((l) => l.length));
  const yTickLabels = [yDomain[0], yDomain[1]].map(formatY);
  const padding = {
    top: yLabel ? 28 : 12,
    right: rightLabels.length ? Math.min(Math.max(width * 0.3, 60), longestRight * charWidth + 16) : 16,
    bottom: 30,
    left: Math.max(...yTickLabels.map((l) => l.length)) * charWidth + 16,
  };
  const geometry = chartGeometry({
    width,
    height,
    padding,
    yDomain,
    xKind: 'time',
    series: series.map((s) => ({ id: s.id, label: s.label, points: s.points })),
    baseline: baseline ?? null,
    target: target ?? null,
    bands,
    yTickCount: props.yTickCount ?? 5,
    xTickCount: Math.max(2, Math.floor(plotWidthOf(width, padding) / 90)),
  });

  const xTicks = sessionTicks(geometry) ?? geometry.xTicks.map((tick) => ({ ...tick, unit: geometry.xTickUnit }));

  return (
    <figure className="chart">
      <figcaption id={titleId} className={showTitle ? 'chart-title' : 'visually-hidden'}>
        {title}
      </figcaption>
      {!hasPoints ? (
        <p className="chart-empty">{props.emptyText ?? t('charts.noData')}</p>
      ) : (
        <>
          {series.length > 1 && <ChartLegend series={series.map((s, i) => ({ label: s.label, style: styles[i]! }))} />}
          <div className="chart-frame" ref={ref}>
            <svg
              className="chart-svg"
              role="img"
              aria-labelledby={titleId}
              aria-describedby={summaryId}
              width={width}
              height={height}
              viewBox={`0 0 ${width} ${height}`}
            >
              <Bands geometry={geometry} tones={bands.map((b) => b.tone ?? 'none')} />
              <Axes geometry={geometry} xTicks={xTicks} formatY={formatY} language={language} yLabel={yLabel} />
              <Reference y={geometry.baselineY} other={geometry.targetY} label={baselineLabel} kind="baseline" geometry={geometry} />
              <Reference y={geometry.targetY} other={geometry.baselineY} label={targetLabel} kind="target" geometry={geometry} />
              {geometry.series.map((s, i) => (
                <g key={s.id} className="chart-series">
                  {s.path.includes('L') && (
                    <path d={s.path} fill="none" stroke={styles[i]!.colour} strokeWidth={2.25} strokeDasharray={styles[i]!.dash} />
                  )}
                  {markedPoints(s.points).map(({ point: p, index: n }) => (
                    <SeriesMarker
                      key={n}
                      shape={styles[i]!.marker}
                      hollow={styles[i]!.hollow}
                      cx={p.cx}
                      cy={p.cy}
                      r={s.points.length > denseAbove ? 3.5 : 4.5}
                      colour={styles[i]!.colour}
                    >
                      <title>{`${s.label}, ${formatTimeTick(p.x, 'day', language)}: ${formatY(p.y)}`}</title>
                    </SeriesMarker>
                  ))}
                </g>
              ))}
            </svg>
          </div>
          <p id={summaryId} className="visually-hidden">
            {t('charts.tableFollows')}
          </p>
          <ChartTable title={title} series={series} bands={bands} baseline={baseline} target={target} formatY={formatY} />
        </>
      )}
    </figure>
  );
}

function plotWidthOf(width: number, padding: { left: number; right: number }): number {
  return Math.max(0, width - padding.left - padding.right);
}

function Bands({ geometry, tones }: { geometry: ChartGeometry; tones: BandTone[] }) {
  const { plot } = geometry;
  return (
    <g className="chart-bands">
      {geometry.bands.map((band, i) => {
        const tall = band.y1 - band.y0 >= FONT + 2;
        return (
          <g key={`${band.from}-${band.to}`}>
            <rect className={`chart-band chart-band-${tones[i]}`} x={plot.left} y={band.y0} width={plot.width} height={band.y1 - band.y0} />
            {tall && (
              <text className="chart-band-label" x={plot.right + 6} y={(band.y0 + band.y1) / 2} dominantBaseline="middle">
                {band.label}
              </text>
            )}
          </g>
        );
      })}
    </g>
  );
}

type XTick = { value: number; pos: number; unit: ChartGeometry['xTickUnit'] };

/**
 * With a handful of sessions the axis names the session dates themselves (6 nov, 10 nov, 13 nov)
 * rather than calendar steps that may fall between them; labels that would touch are left out.
 */
function sessionTicks(geometry: ChartGeometry): XTick[] | null {
  const byX = new Map<number, number>();
  for (const s of geometry.series) for (const p of s.points) byX.set(p.x, p.cx);
  if (byX.size === 0 || byX.size > 12) return null;
  const ticks: XTick[] = [];
  for (const [value, pos] of [...byX].sort(([a], [b]) => a - b)) {
    const last = ticks.at(-1);
    if (!last || pos - last.pos >= 64) ticks.push({ value, pos, unit: 'day' });
  }
  return ticks;
}

interface AxesProps {
  geometry: ChartGeometry;
  xTicks: XTick[];
  formatY: (value: number) => string;
  language: string;
  yLabel: string | undefined;
}

function Axes({ geometry, xTicks, formatY, language, yLabel }: AxesProps) {
  const { plot } = geometry;
  return (
    <g className="chart-axes">
      {yLabel && (
        <text className="chart-axis-label" x={plot.left} y={FONT + 2}>
          {yLabel}
        </text>
      )}
      {geometry.yTicks.map((tick) => (
        <g key={tick.value}>
          <line className="chart-grid" x1={plot.left} x2={plot.right} y1={tick.pos} y2={tick.pos} />
          <text className="chart-tick" x={plot.left - 8} y={tick.pos} textAnchor="end" dominantBaseline="middle">
            {formatY(tick.value)}
          </text>
        </g>
      ))}
      <line className="chart-axis" x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} />
      <line className="chart-axis" x1={plot.left} x2={plot.left} y1={plot.top} y2={plot.bottom} />
      {xTicks.map((tick) => (
        <g key={tick.value}>
          <line className="chart-axis" x1={tick.pos} x2={tick.pos} y1={plot.bottom} y2={plot.bottom + 4} />
          <text
            className="chart-tick"
            x={tick.pos}
            y={plot.bottom + 18}
            textAnchor={tick.pos - plot.left < 24 ? 'start' : plot.right - tick.pos < 24 ? 'end' : 'middle'}
          >
            {formatTimeTick(tick.value, tick.unit, language)}
          </text>
        </g>
      ))}
    </g>
  );
}

interface ReferenceProps {
  y: number | undefined;
  /** The other reference line: labels that would overlap are moved apart. */
  other: number | undefined;
  label: string | null;
  kind: 'baseline' | 'target';
  geometry: ChartGeometry;
}

function Reference({ y, other, label, kind, geometry }: ReferenceProps) {
  if (y === undefined || !label) return null;
  const { plot } = geometry;
  let labelY = y;
  if (other !== undefined && Math.abs(other - y) < FONT + 2) {
    const away = y === other ? (kind === 'target' ? -1 : 1) : Math.sign(y - other);
    labelY = (y + other) / 2 + away * (FONT / 2 + 1);
  }
  return (
    <g className={`chart-reference chart-${kind}`}>
      <line x1={plot.left} x2={plot.right} y1={y} y2={y} />
      <text x={plot.right + 6} y={labelY} dominantBaseline="middle">
        {label}
      </text>
    </g>
  );
}

/** Above this many points a line carries no marker per point: they would pile up into a smear (the numbers stay in the table). */
const denseAbove = 30;

/**
 * The points that get a marker: every one, or on a dense line its first and last (so its shape is still
 * told at the ends) and any point no line reaches.
 */
function markedPoints<P extends { alone: boolean }>(points: readonly P[]): { point: P; index: number }[] {
  const all = points.map((point, index) => ({ point, index }));
  if (points.length <= denseAbove) return all;
  return all.filter(({ point, index }) => index === 0 || index === points.length - 1 || point.alone);
}
