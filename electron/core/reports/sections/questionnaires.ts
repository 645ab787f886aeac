import { chartTable } from '../../../../shared/chart';
import { drawnPerMonth, perMonth } from '../concise';
import type { ReportQuestionnaire } from '../content';
import { dateToUtc } from '../format';
import { caption, sectionHeading, subheading } from '../layout/blocks';
import { drawChart } from '../layout/chart';
import { drawNumbersGrid, numbersGridHeight } from '../layout/numbersGrid';
import { drawTable } from '../layout/table';
import type { ReportWriter } from '../layout/writer';

export function drawQuestionnaires(w: ReportWriter, questionnaires: ReportQuestionnaire[]): void {
  // The heading goes with the whole first questionnaire, so it never stands alone at a page bottom.
  sectionHeading(w, w.t.sections.questionnaires, questionnaires[0] ? 60 + keepTogether(w, questionnaires[0]) : 200);
  questionnaires.forEach((q, i) => {
    if (i > 0) w.space(16);
    drawQuestionnaire(w, q);
  });
}

const CHART_HEIGHT = 140;

function layoutOf(w: ReportWriter, q: ReportQuestionnaire) {
  const monthly = drawnPerMonth(q.series.map((s) => s.scores));
  const series = q.series.map((s, i) => ({
    id: `r${i}`,
    label: s.respondent,
    points: (monthly ? perMonth(s.scores) : s.scores).map((p) => ({ x: dateToUtc(p.date), y: p.value })),
  }));
  const hasPoints = series.some((s) => s.points.length > 0);
  const table = chartTable(series);
  const unit = monthly ? ('month' as const) : ('day' as const);
  // The chart, its numbers and what the scores mean stay on one page with the title when they fit on one.
  const bandsHeight = q.bands.length > 0 ? 40 + 22 * q.bands.length : 0;
  const chartWithNumbers = (hasPoints ? CHART_HEIGHT + 40 + numbersGridHeight(w, table, unit) : 60) + bandsHeight;
  const explanation = w.t.questionnaires.screeners[q.id];
  const texts = [q.note, explanation].reduce((sum, text) => sum + (text ? w.heightOf(text, w.width) + 6 : 0), 0);
  return { monthly, series, hasPoints, table, unit, chartWithNumbers, keep: Math.min(chartWithNumbers + texts, w.bottom - w.top - 60) };
}

/** What of a questionnaire stays on one page with its title. */
function keepTogether(w: ReportWriter, q: ReportQuestionnaire): number {
  return layoutOf(w, q).keep + 40;
}

function drawQuestionnaire(w: ReportWriter, q: ReportQuestionnaire): void {
  const { t, f } = w;
  const { monthly, series, hasPoints, table, unit, chartWithNumbers, keep } = layoutOf(w, q);
  subheading(w, q.title, `${q.scoreLabel} · ${t.goals.scale(f.number(q.scale.min), f.number(q.scale.max))}`, keep);
  if (q.note) w.write(q.note, { after: 6 });
  // A screener's score in plain words: what it measures, which way is better, and that it is no diagnosis.
  const explanation = t.questionnaires.screeners[q.id];
  if (explanation) w.write(explanation, { after: 6 });

  if (hasPoints) {
    if (chartWithNumbers <= w.bottom - w.top) w.ensureSpace(chartWithNumbers);
    if (monthly) caption(w, t.perMonth, CHART_HEIGHT);
    drawChart(w, {
      alt: t.chartAlt(q.title, q.series.map((s) => s.respondent)),
      height: CHART_HEIGHT,
      yDomain: [q.scale.min, q.scale.max],
      series,
      bands: chartBands(q),
      formatX: f.tick,
      formatY: f.number,
    });
    drawNumbersGrid(w, table, f.number, unit);
  }

  if (q.bands.length > 0) {
    caption(w, t.questionnaires.interpretation, 26 + 22 * q.bands.length);
    drawTable(
      w,
      [
        { header: t.questionnaires.band, weight: 1 },
        { header: t.questionnaires.interpretation, weight: 3 },
      ],
      q.bands.map((b) => [`${f.exact(b.from)}–${f.exact(b.to)}`, b.label]),
      { width: 330 },
    );
  }
}

/** Inclusive bands (0–14, 15–27) drawn edge to edge, so the chart shows no white seams between them. */
function chartBands(q: ReportQuestionnaire) {
  const sorted = [...q.bands].sort((a, b) => a.from - b.from);
  return sorted.map((band, i) => ({
    from: band.from,
    to: sorted[i + 1]?.from ?? Math.max(band.to, q.scale.max),
    label: band.label,
    severity: band.severity ?? 'none',
  }));
}
