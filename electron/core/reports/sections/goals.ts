import { chartTable } from '../../../../shared/chart';
import type { RatingSeries, ReportGoal } from '../content';
import { dateToUtc } from '../format';
import { figures, sectionHeading, subheading } from '../layout/blocks';
import { drawChart } from '../layout/chart';
import { drawNumbersGrid, numbersGridHeight } from '../layout/numbersGrid';
import { theme } from '../layout/theme';
import type { ReportWriter } from '../layout/writer';

/** Low enough that two goals with their numbers share a page. */
const CHART_HEIGHT = 110;

export function drawGoals(w: ReportWriter, goals: ReportGoal[]): void {
  // The heading and its intro go with the whole first goal, so they never stand alone at a page bottom.
  const intro = w.heightOf(w.t.goals.intro, w.width) + 8;
  sectionHeading(w, w.t.sections.goals, goals[0] ? intro + keepTogether(w, goals[0]) + 24 : 60);
  w.write(w.t.goals.intro, { colour: theme.colour.muted, after: 8 });
  goals.forEach((goal, i) => {
    if (i > 0) w.space(16);
    drawGoal(w, goal);
  });
}

function seriesOf(goal: ReportGoal) {
  return goal.series.map((s, i) => ({
    id: `s${i}`,
    label: s.participant,
    points: s.ratings.map((r) => ({ x: dateToUtc(r.date), y: r.value })),
  }));
}

/** What of a goal stays on one page: title, figures, chart and its numbers when they fit, else title to chart. */
function keepTogether(w: ReportWriter, goal: ReportGoal): number {
  const titleToChart = 116 + CHART_HEIGHT + (goal.description ? w.heightOf(goal.description, w.width) + 6 : 0);
  const whole = titleToChart + numbersGridHeight(w, chartTable(seriesOf(goal)));
  return whole <= w.bottom - w.top - 80 ? whole : titleToChart;
}

function drawGoal(w: ReportWriter, goal: ReportGoal): void {
  const { t, f } = w;
  const factor = goal.trustFactor === 'other' && goal.trustFactorLabel ? goal.trustFactorLabel : t.goals.trustFactor[goal.trustFactor];
  const meta = [factor, t.goals.scale(f.number(goal.scale.min), f.number(goal.scale.max)), t.goals.status[goal.status]].join(' · ');
  const chartSeries = seriesOf(goal);
  const numbers = chartTable(chartSeries);
  subheading(w, goal.title, meta, keepTogether(w, goal));
  if (goal.description) w.write(goal.description, { after: 6 });

  const items: { label: string; value: string; note?: string }[] = [];
  if (goal.baseline !== null) items.push({ label: t.goals.baseline, value: f.number(goal.baseline) });
  if (goal.target !== null) items.push({ label: t.goals.target, value: f.number(goal.target) });
  // With more than two people the latest ratings are in the numbers under the chart instead.
  if (goal.series.length <= 2) {
    for (const series of goal.series) {
      const last = latest(series);
      if (last) items.push({ label: `${t.goals.latest} · ${series.participant}`, value: f.number(last.value), note: f.shortDate(last.date) });
    }
  }
  figures(w, items);

  if (chartSeries.every((s) => s.points.length === 0)) {
    w.write(t.goals.noRatings, { face: 'italic', colour: theme.colour.muted, after: 4 });
    return;
  }
  w.ensureSpace(CHART_HEIGHT + 24);
  drawChart(w, {
    height: CHART_HEIGHT,
    yDomain: [goal.scale.min, goal.scale.max],
    series: chartSeries,
    formatX: f.tick,
    formatY: f.number,
    baseline: goal.baseline === null ? null : { value: goal.baseline, label: t.goals.baseline },
    target: goal.target === null ? null : { value: goal.target, label: t.goals.target },
  });

  drawNumbersGrid(w, numbers, f.number);
}

function latest(series: RatingSeries) {
  return [...series.ratings].sort((a, b) => a.date.localeCompare(b.date)).at(-1);
}
