import { coord, linearScale, pointScale } from './scale';
import { niceTicks, timeTicks, type TimeUnit } from './ticks';

export interface ChartPoint {
  x: number;
  /** null leaves a gap in the line (no rating that session). */
  y: number | null;
}

export interface ChartSeriesInput {
  id: string;
  label: string;
  points: readonly ChartPoint[];
}

export interface ChartBandInput {
  from: number;
  to: number;
  label: string;
}

export interface ChartPadding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface ChartInput {
  width: number;
  height: number;
  /** Room around the plot for tick labels; a number pads every side alike. */
  padding?: number | Partial<ChartPadding>;
  yDomain: readonly [number, number];
  /** Ordered x values placed at equal steps (session numbers); points with other x values are left out. */
  xValues?: readonly number[];
  /** A continuous x axis; defaults to the extent of all points. Ignored when xValues is given. */
  xDomain?: readonly [number, number];
  /** 'time': x values are UTC milliseconds and ticks fall on calendar days, Mondays, months or years. */
  xKind?: 'number' | 'time';
  series: readonly ChartSeriesInput[];
  baseline?: number | null;
  target?: number | null;
  bands?: readonly ChartBandInput[];
  yTickCount?: number;
  xTickCount?: number;
}

export interface PlotArea {
  left: number;
  top: number;
  right: number;
  bottom: number;
  width: number;
  height: number;
}

export interface PositionedPoint {
  x: number;
  y: number;
  cx: number;
  cy: number;
  /** No line reaches this point (gaps on both sides): only its marker shows it. */
  alone: boolean;
}

export interface SeriesGeometry {
  id: string;
  label: string;
  /** SVG path data (`M…L…`); empty when the series has no points. A gap starts a new `M`. */
  path: string;
  points: PositionedPoint[];
}

export interface Tick {
  value: number;
  /** Pixel position along the axis (y for yTicks, x for xTicks). */
  pos: number;
}

export interface BandGeometry {
  label: string;
  from: number;
  to: number;
  /** Top and bottom pixel of the band (y0 < y1), clamped to the plot. */
  y0: number;
  y1: number;
}

export interface ChartGeometry {
  width: number;
  height: number;
  plot: PlotArea;
  series: SeriesGeometry[];
  yTicks: Tick[];
  xTicks: Tick[];
  /** How to label the x ticks: a plain number, a position in xValues, or a calendar unit. */
  xTickUnit: 'number' | 'index' | TimeUnit;
  baselineY?: number;
  targetY?: number;
  bands: BandGeometry[];
}

const DAY = 86_400_000;
/** Keeps points at the ends of a continuous axis off the axis lines. */
const X_INSET = 8;

export function chartGeometry(input: ChartInput): ChartGeometry {
  const pad = resolvePadding(input.padding);
  const plot: PlotArea = {
    left: pad.left,
    top: pad.top,
    right: Math.max(pad.left, input.width - pad.right),
    bottom: Math.max(pad.top, input.height - pad.bottom),
    width: Math.max(0, input.width - pad.left - pad.right),
    height: Math.max(0, input.height - pad.top - pad.bottom),
  };
  const y = linearScale(input.yDomain, [plot.bottom, plot.top]);
  const xAxis = buildXAxis(input, plot);

  const series = input.series.map((s) => seriesGeometry(s, xAxis.scale, y));
  const geometry: ChartGeometry = {
    width: input.width,
    height: input.height,
    plot,
    series,
    yTicks: niceTicks(input.yDomain[0], input.yDomain[1], input.yTickCount ?? 5).map((value) => ({ value, pos: y(value) })),
    xTicks: xAxis.ticks,
    xTickUnit: xAxis.unit,
    bands: (input.bands ?? []).map((band) => {
      const a = y(band.from);
      const b = y(band.to);
      return { label: band.label, from: band.from, to: band.to, y0: Math.min(a, b), y1: Math.max(a, b) };
    }),
  };
  if (input.baseline != null) geometry.baselineY = y(input.baseline);
  if (input.target != null) geometry.targetY = y(input.target);
  return geometry;
}

function resolvePadding(padding: ChartInput['padding']): ChartPadding {
  if (typeof padding === 'number') return { top: padding, right: padding, bottom: padding, left: padding };
  return { top: 8, right: 8, bottom: 24, left: 32, ...padding };
}

interface XAxis {
  scale: (value: number) => number;
  ticks: Tick[];
  unit: ChartGeometry['xTickUnit'];
}

function buildXAxis(input: ChartInput, plot: PlotArea): XAxis {
  const tickCount = input.xTickCount ?? 6;
  if (input.xValues) {
    const values = input.xValues;
    const scale = pointScale(values, [plot.left, plot.right]);
    const every = Math.max(1, Math.ceil(values.length / Math.max(1, tickCount)));
    const ticks = values.filter((_, i) => i % every === 0).map((value) => ({ value, pos: scale(value) }));
    return { scale, ticks, unit: 'index' };
  }
  const isTime = input.xKind === 'time';
  const [d0, d1] = widen(input.xDomain ?? extent(input.series), isTime ? DAY : 1);
  const inset = Math.min(X_INSET, plot.width / 4);
  const scale = linearScale([d0, d1], [plot.left + inset, plot.right - inset]);
  if (isTime) {
    const { unit, values } = timeTicks(d0, d1, tickCount);
    return { scale, ticks: values.map((value) => ({ value, pos: scale(value) })), unit };
  }
  return { scale, ticks: niceTicks(d0, d1, tickCount).map((value) => ({ value, pos: scale(value) })), unit: 'number' };
}

function extent(series: readonly ChartSeriesInput[]): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const s of series) {
    for (const p of s.points) {
      if (p.x < lo) lo = p.x;
      if (p.x > hi) hi = p.x;
    }
  }
  return Number.isFinite(lo) ? [lo, hi] : [0, 1];
}

/** A single point (or none) still needs an axis with some width around it. */
function widen([lo, hi]: readonly [number, number], by: number): [number, number] {
  return lo === hi ? [lo - by, hi + by] : [Math.min(lo, hi), Math.max(lo, hi)];
}

function seriesGeometry(
  series: ChartSeriesInput,
  x: (value: number) => number,
  y: (value: number) => number,
): SeriesGeometry {
  const placed = series.points
    .map((p) => ({ p, cx: x(p.x) }))
    .filter(({ cx }) => Number.isFinite(cx))
    .sort((a, b) => a.cx - b.cx);
  const points: PositionedPoint[] = [];
  let path = '';
  let penDown = false;
  for (const { p, cx } of placed) {
    if (p.y === null || !Number.isFinite(p.y)) {
      penDown = false;
      continue;
    }
    const cy = y(p.y);
    const previous = points.at(-1);
    // A line joins this point to the one before: neither stands alone.
    if (penDown && previous) previous.alone = false;
    points.push({ x: p.x, y: p.y, cx, cy, alone: !penDown });
    path += `${penDown ? 'L' : 'M'}${coord(cx)},${coord(cy)}`;
    penDown = true;
  }
  return { id: series.id, label: series.label, path, points };
}

