import { chartGeometry, type ChartSeriesInput, type TimeUnit } from '../../../../shared/chart';
import type { BandSeverity } from '../content';
import { drawMarker, markerShapes, type MarkerShape } from './icons';
import { theme } from './theme';
import type { ReportWriter } from './writer';

export interface PdfChart {
  /** What the chart shows, in words, for a reader who cannot see it (the figure's alternative text). */
  alt: string;
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

/** Draws a chart across the content width at the cursor, with its legend above it: one figure with its alternative text. */
export function drawChart(w: ReportWriter, chart: PdfChart): void {
  w.tagged('Figure', () => drawFigure(w, chart), { alt: w.print(chart.alt) });
}

function drawFigure(w: ReportWriter, chart: PdfChart): void {
  const legendHeight = drawLegend(w, chart);
  const top = w.y + legendHeight;
  const yTicks = chartGeometry({ width: 10, height: 10, yDomain: chart.yDomain, series: [], yTickCount: chart.yTickCount }).yTicks;
  const yLabelWidth = Math.max(...yTicks.map((t) => w.widthOf(chart.formatY(t.value), { size: TICK_SIZE })), 8);
  const endLabels = chart.series.length >= 2 && !chart.bands?.length;
  const hasSideLabels = Boolean(chart.baseline || chart.target || chart.bands?.length || endLabels);
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

  // One date only: one tick, under the point, not a made-up day either side.
  const xs = new Set(chart.series.flatMap((s) => s.points.map((p) => p.x)));
  const xTicks = xs.size === 1 ? geometry.xTicks.filter((tick) => xs.has(tick.value)) : geometry.xTicks;
  for (const tick of xTicks) {
    const text = chart.formatX(tick.value, geometry.xTickUnit as TimeUnit);
    const width = w.widthOf(text, { size: TICK_SIZE });
    const x = Math.min(Math.max(ox + tick.pos - width / 2, ox + plot.left), ox + plot.right - width);
    doc.save().moveTo(ox + tick.pos, top + plot.bottom).lineTo(ox + tick.pos, top + plot.bottom + 3).lineWidth(0.6).strokeColor(theme.colour.hairline).stroke().restore();
    w.label(text, x, top + plot.bottom + 5, { size: TICK_SIZE, colour: theme.colour.muted });
  }

  // Labels at the right end of the plot: the reference lines' and (with several people) each person's line.
  const sideLabels: SideLabel[] = [];
  const reference = (y: number | undefined, spec: PdfChart['baseline'], colour: string, dash: [number, number], width: number) => {
    if (y === undefined || !spec) return;
    doc.save().moveTo(ox + plot.left, top + y).lineTo(ox + plot.right, top + y).lineWidth(width).strokeColor(colour).dash(dash[0], { space: dash[1] }).stroke().undash().restore();
    sideLabels.push({ y: top + y, text: `${spec.label} ${chart.formatY(spec.value)}`, colour, bold: true });
  };
  reference(geometry.baselineY, chart.baseline, theme.colour.baseline, [1.2, 2.4], 1);
  reference(geometry.targetY, chart.target, theme.colour.target, [8, 3], 1.1);

  geometry.series.forEach((series, i) => {
    const { colour, dash, shape } = seriesStyle(i);
    if (series.path.includes('L')) {
      doc.save().translate(ox, top).path(series.path).lineWidth(1.8).lineJoin('round').lineCap(dash.length > 0 ? 'butt' : 'round').strokeColor(colour);
      if (dash.length > 0) doc.dash(dash as unknown as number, {});
      doc.stroke().undash().restore();
    }
    // Markers get smaller when there are many sessions so the line stays readable; each next person's a
    // little smaller, so where two people gave the same rating both markers show.
    const r = (series.points.length > 40 ? 1.6 : 2.8) * (1 - 0.15 * Math.min(i, 3));
    for (const p of series.points) drawMarker(doc, shape, ox + p.cx, top + p.cy, r, colour);
    const last = series.points.at(-1);
    if (endLabels && last) sideLabels.push({ y: top + last.cy, text: series.label, colour, bold: false, marker: shape });
  });
  drawSideLabels(w, sideLabels, ox + plot.right + 6);

  w.y = top + chart.height + 8;
}

/** A series' colour, dash pattern and marker: three ways apart, so none depends on colour alone. */
function seriesStyle(i: number) {
  return {
    colour: theme.series[i % theme.series.length]!,
    dash: theme.seriesDash[i % theme.seriesDash.length]!,
    shape: markerShapes[i % markerShapes.length]!,
  };
}

interface SideLabel {
  y: number;
  text: string;
  colour: string;
  bold: boolean;
  /** A person's line: their marker before the name, the name in ink so it reads at any size. */
  marker?: MarkerShape;
}

/** Labels beside the plot at their lines' heights, pushed apart where they would overlap. */
function drawSideLabels(w: ReportWriter, labels: SideLabel[], x: number): void {
  const gap = TICK_SIZE + 2;
  const sorted = [...labels].sort((a, b) => a.y - b.y);
  let previous = -Infinity;
  for (const label of sorted) {
    const y = Math.max(label.y, previous + gap);
    previous = y;
    if (label.marker) {
      drawMarker(w.doc, label.marker, x + 2.5, y, 2.4, label.colour);
      w.label(label.text, x + 8, y - TICK_SIZE * 0.65, { size: TICK_SIZE, colour: theme.colour.ink, width: 78 });
    } else {
      w.label(label.text, x, y - TICK_SIZE * 0.65, { size: TICK_SIZE, face: label.bold ? 'bold' : 'body', colour: label.colour, width: 86 });
    }
  }
}

function drawLegend(w: ReportWriter, chart: PdfChart): number {
  // Baseline and target are named at the end of their lines; the legend only tells the series apart.
  if (chart.series.length < 2) return 0;
  const start = w.y + 2;
  let y = start;
  let x = w.left;
  const style = { size: theme.size.tiny + 0.5, colour: theme.colour.ink };
  chart.series.forEach((series, i) => {
    const { colour, dash, shape } = seriesStyle(i);
    const width = 26 + w.widthOf(series.label, style);
    if (x > w.left && x + width > w.right) {
      x = w.left;
      y += 13;
    }
    w.doc.save().moveTo(x, y + 4.5).lineTo(x + 22, y + 4.5).lineWidth(1.8).strokeColor(colour);
    if (dash.length > 0) w.doc.dash(dash as unknown as number, {}); // pdfkit takes a pattern array, its types only a length
    w.doc.stroke().undash().restore();
    drawMarker(w.doc, shape, x + 11, y + 4.5, 2.8, colour);
    w.label(series.label, x + 26, y, { ...style, width: w.right - x - 26 });
    x += width + 16;
  });
  return y - start + 18;
}
