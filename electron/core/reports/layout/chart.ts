import { chartGeometry, type ChartSeriesInput, type TimeUnit } from '../../../../shared/chart';
import type { BandSeverity } from '../content';
import { drawMarker, markerShapes } from './icons';
import { theme } from './theme';
import type { ReportWriter } from './writer';

export interface PdfChart {
  height: number;
  yDomain: [number, number];
  series: ChartSeriesInput[];
  /** x values are UTC milliseconds of calendar dates. */
  formatX: (value: number, unit: TimeUnit) => string;
  formatY: (value: number) => string;
  baseline?: { value: number; label: string } | null;
  target?: { value: number; label: string } | null;
  bands?: { from: number; to: number; label: string; severity: BandSeverity }[];
  yTickCount?: number;
}

const TICK_SIZE = theme.size.tiny;

/** Draws a chart across the content width at the cursor, with its legend above it. */
export function drawChart(w: ReportWriter, chart: PdfChart): void {
  const legendHeight = drawLegend(w, chart);
  const top = w.y + legendHeight;
  const yTicks = chartGeometry({ width: 10, height: 10, yDomain: chart.yDomain, series: [], yTickCount: chart.yTickCount }).yTicks;
  const yLabelWidth = Math.max(...yTicks.map((t) => w.widthOf(chart.formatY(t.value), { size: TICK_SIZE })), 8);
  const hasSideLabels = Boolean(chart.baseline || chart.target || chart.bands?.length);
  const geometry = chartGeometry({
    width: w.width,
    height: chart.height,
    padding: { top: 6, right: hasSideLabels ? 92 : 10, bottom: 18, left: yLabelWidth + 8 },
    yDomain: chart.yDomain,
    xKind: 'time',
    series: chart.series,
    baseline: chart.baseline?.value ?? null,
    target: chart.target?.value ?? null,
    bands: chart.bands,
    yTickCount: chart.yTickCount,
    xTickCount: 6,
  });
  const { doc } = w;
  const ox = w.left;
  const { plot } = geometry;

  geometry.bands.forEach((band, i) => {
    const fill = theme.bandFills[chart.bands![i]!.severity];
    doc.save().rect(ox + plot.left, top + band.y0, plot.width, band.y1 - band.y0).fill(fill).restore();
    // A white seam keeps neighbouring bands apart even when they share a tint.
    if (i > 0) doc.save().moveTo(ox + plot.left, top + band.y1).lineTo(ox + plot.right, top + band.y1).lineWidth(1).strokeColor('#FFFFFF').stroke().restore();
    const labelHeight = w.heightOf(band.label, 86, { size: TICK_SIZE, lineGap: 0.5 });
    const mid = top + (band.y0 + band.y1) / 2 - labelHeight / 2;
    if (band.y1 - band.y0 >= labelHeight - 2) {
      w.boxed(band.label, ox + plot.right + 6, mid, 86, labelHeight, { size: TICK_SIZE, colour: theme.colour.muted, lineGap: 0.5 });
    }
  });

  for (const tick of geometry.yTicks) {
    const y = top + tick.pos;
    doc.save().moveTo(ox + plot.left, y).lineTo(ox + plot.right, y).lineWidth(0.5).strokeColor(theme.colour.grid).stroke().restore();
    w.label(chart.formatY(tick.value), ox, y - TICK_SIZE * 0.65, { size: TICK_SIZE, colour: theme.colour.muted, width: yLabelWidth, align: 'right' });
  }
  doc.save().moveTo(ox + plot.left, top + plot.bottom).lineTo(ox + plot.right, top + plot.bottom).lineWidth(0.8).strokeColor(theme.colour.hairline).stroke().restore();

  for (const tick of geometry.xTicks) {
    const text = chart.formatX(tick.value, geometry.xTickUnit as TimeUnit);
    const width = w.widthOf(text, { size: TICK_SIZE });
    const x = Math.min(Math.max(ox + tick.pos - width / 2, ox + plot.left), ox + plot.right - width);
    doc.save().moveTo(ox + tick.pos, top + plot.bottom).lineTo(ox + tick.pos, top + plot.bottom + 3).lineWidth(0.6).strokeColor(theme.colour.hairline).stroke().restore();
    w.label(text, x, top + plot.bottom + 5, { size: TICK_SIZE, colour: theme.colour.muted });
  }

  const reference = (y: number | undefined, spec: PdfChart['baseline'], colour: string, dash: number) => {
    if (y === undefined || !spec) return;
    doc.save().moveTo(ox + plot.left, top + y).lineTo(ox + plot.right, top + y).lineWidth(1.1).strokeColor(colour).dash(dash, { space: 3 }).stroke().undash().restore();
    w.label(`${spec.label} ${chart.formatY(spec.value)}`, ox + plot.right + 6, top + y - TICK_SIZE * 0.65, { size: TICK_SIZE, face: 'bold', colour });
  };
  reference(geometry.baselineY, chart.baseline, theme.colour.baseline, 2.5);
  reference(geometry.targetY, chart.target, theme.colour.target, 5);

  geometry.series.forEach((series, i) => {
    const colour = theme.series[i % theme.series.length]!;
    if (series.path.includes('L')) {
      doc.save().translate(ox, top).path(series.path).lineWidth(1.8).lineJoin('round').lineCap('round').strokeColor(colour).stroke().restore();
    }
    // Markers get smaller when there are many sessions so the line stays readable.
    const r = series.points.length > 40 ? 1.6 : 2.8;
    for (const p of series.points) drawMarker(doc, markerShapes[i % markerShapes.length]!, ox + p.cx, top + p.cy, r, colour);
  });

  w.y = top + chart.height + 8;
}

function drawLegend(w: ReportWriter, chart: PdfChart): number {
  // Baseline and target are named at the end of their lines; the legend only tells the series apart.
  if (chart.series.length < 2) return 0;
  const start = w.y + 2;
  let y = start;
  let x = w.left;
  const style = { size: theme.size.tiny + 0.5, colour: theme.colour.ink };
  chart.series.forEach((series, i) => {
    const colour = theme.series[i % theme.series.length]!;
    const width = 20 + w.widthOf(series.label, style);
    if (x > w.left && x + width > w.right) {
      x = w.left;
      y += 13;
    }
    w.doc.save().moveTo(x, y + 4.5).lineTo(x + 16, y + 4.5).lineWidth(1.8).strokeColor(colour).stroke().restore();
    drawMarker(w.doc, markerShapes[i % markerShapes.length]!, x + 8, y + 4.5, 2.8, colour);
    w.label(series.label, x + 20, y, { ...style, width: w.right - x - 20 });
    x += width + 16;
  });
  return y - start + 18;
}
