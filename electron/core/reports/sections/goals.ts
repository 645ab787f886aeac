import { chartTable } from '../../../../shared/chart';
import { drawnPerMonth, perMonth } from '../concise';
import type { RatingSeries, ReportGoal } from '../content';
import { dateToUtc } from '../format';
import { caption, figures, sectionHeading, subheading } from '../layout/blocks';
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

/** The chart's lines: one per person, per month once there are more sessions than a line can show one by one. */
function seriesOf(goal: ReportGoal) {
  const monthly = drawnPerMonth(goal.series.map((s) => s.ratings));
  return goal.series.map((s, i) => ({
    id: `s${i}`,
    label: s.participant,
    points: (monthly ? perMonth(s.ratings) : s.ratings).map((r) => ({ x: dateToUtc(r.date), y: r.value })),
  }));
}

/** What of a goal stays on one page: title, figures, chart and its numbers when they fit, else title to chart. */
function keepTogether(w: ReportWriter, goal: ReportGoal): number {
  const titleToChart = 116 + CHART_HEIGHT + (goal.description ? w.heightOf(goal.description, w.width) + 6 : 0);
  const whole = titleToChart + numbersGridHeight(w, chartTable(seriesOf(goal)), drawnPerMonth(goal.series.map((s) => s.ratings)) ? 'month' : 'day');
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
  // Per person the change over the period ("van 2 naar 7"); with more than two people it is in the numbers instead.
  if (goal.series.length <= 2) {
    for (const series of goal.series) {
      const change = changeOf(series);
      if (!change) continue;
      items.push(
        change.first.date === change.last.date
          ? { label: series.participant, value: f.number(change.last.value), note: f.shortDate(change.last.date) }
          : {
              label: series.participant,
              value: t.goals.change(f.number(change.first.value), f.number(change.last.value)),
              note: f.period(change.first.date, change.last.date),
            },
      );
    }
  }
  figures(w, items);

  if (chartSeries.every((s) => s.points.length === 0)) {
    w.write(t.goals.noRatings, { face: 'italic', colour: theme.colour.muted, after: 4 });
    return;
  }
  w.ensureSpace(CHART_HEIGHT + 24);
  if (drawnPerMonth(goal.series.map((s) => s.ratings))) caption(w, t.perMonth, CHART_HEIGHT);
  drawChart(w, {
    alt: t.chartAlt(goal.title, goal.series.map((s) => s.participant)),
    height: CHART_HEIGHT,
    yDomain: [goal.scale.min, goal.scale.max],
    series: chartSeries,
    formatX: f.tick,
    formatY: f.number,
    baseline: goal.baseline === null ? null : { value: goal.baseline, label: t.goals.baseline },
    target: goal.target === null ? null : { value: goal.target, label: t.goals.target },
  });

  drawNumbersGrid(w, numbers, f.number, drawnPerMonth(goal.series.map((s) => s.ratings)) ? 'month' : 'day');
}

/** A person's first and last rating in the period. */
function changeOf(series: RatingSeries) {
  const sorted = [...series.ratings].sort((a, b) => a.date.localeCompare(b.date));
  const first = sorted[0];
  const last = sorted.at(-1);
  return first && last ? { first, last } : null;
}
