import type { AgreementsSection, KeptRateSummary, ReportAgreement } from '../content';
import { dateToUtc } from '../format';
import { drawnPerMonth } from '../concise';
import { caption, sectionHeading, subheading } from '../layout/blocks';
import { drawChart } from '../layout/chart';
import { drawTable, type Cell, type TextPart } from '../layout/table';
import { theme } from '../layout/theme';
import type { ReportWriter } from '../layout/writer';

export function drawAgreements(w: ReportWriter, section: AgreementsSection, detail: 'concise' | 'full'): void {
  const { t } = w;
  sectionHeading(w, t.sections.agreements, 160);
  if (section.items.length === 0 && section.leftOut === 0) {
    w.write(t.agreements.none, { face: 'italic', colour: theme.colour.muted });
    return;
  }
  drawKeptRate(w, section.keptRate);
  if (section.byOwner.length > 1) drawByOwner(w, section);

  const sorted = [...section.items].sort((a, b) => a.madeOn.localeCompare(b.madeOn));
  if (detail === 'full') {
    drawAgreementTable(w, sorted);
    return;
  }
  const open = sorted.filter((a) => a.outcome === null);
  const reviewed = sorted.filter((a) => a.outcome !== null).sort((a, b) => (a.reviewedOn ?? '').localeCompare(b.reviewedOn ?? ''));
  if (open.length > 0) {
    subheading(w, t.agreements.openOnes, undefined, 60);
    drawAgreementTable(w, open);
  }
  if (reviewed.length > 0) {
    subheading(w, t.agreements.recentlyReviewed, undefined, 60);
    drawAgreementTable(w, reviewed);
  }
  if (section.leftOut > 0) w.write(t.agreements.leftOut(section.leftOut), { face: 'italic', size: theme.size.small, colour: theme.colour.muted, after: 4 });
}

function drawAgreementTable(w: ReportWriter, agreements: ReportAgreement[]): void {
  const { t } = w;
  drawTable(
    w,
    [
      // In points of the A4 content width: a date ("30 Sept 2026") and the "due" header fit on one line.
      { header: t.agreements.agreement, weight: 150 },
      { header: t.agreements.owner, weight: 72 },
      { header: t.agreements.made, weight: 64 },
      { header: t.agreements.due, weight: 65 },
      { header: t.agreements.outcome, weight: 120 },
    ],
    agreements.map((a) => [describe(w, a), a.owner, w.f.shortDate(a.madeOn), dueText(w, a), outcomeCell(w, a)]),
  );
}

/** When an open agreement is due; a reviewed one is no longer "te bespreken". */
function dueText(w: ReportWriter, a: ReportAgreement): string {
  if (a.outcome !== null) return '–';
  if (a.dueOn) return w.f.shortDate(a.dueOn);
  return a.dueNextSession ? w.t.agreements.nextSession : '–';
}

/** Per person: how many agreements were made and reviewed, and how many of those were kept. */
function drawByOwner(w: ReportWriter, section: AgreementsSection): void {
  const { t, f } = w;
  subheading(w, t.agreements.perPerson, undefined, 20 + 22 * section.byOwner.length);
  drawTable(
    w,
    [
      { header: t.agreements.owner, weight: 2 },
      { header: t.agreements.made, weight: 1 },
      { header: t.agreements.reviewed, weight: 1 },
      { header: t.agreements.keptRate, weight: 1.6 },
    ],
    section.byOwner.map((o) => [o.owner, String(o.made), String(o.reviewed), o.rate === null ? '–' : f.percent(o.rate)]),
    { width: 380 },
  );
}

function drawKeptRate(w: ReportWriter, overall: KeptRateSummary): void {
  const { t, f } = w;
  if (overall.rate === null) return;
  const big = f.percent(overall.rate);
  const detail = t.agreements.keptRateSoFar(big, overall.reviewed);
  const noteWidth = w.width - 130;
  const noteHeight = w.heightOf(t.agreements.keptRateNote, noteWidth, { face: 'italic', size: theme.size.small });
  const height = Math.max(58, noteHeight + 36);
  w.ensureSpace(height + 8);
  const y = w.y;
  w.artifact(() => w.doc.save().roundedRect(w.left, y, w.width, height, 5).fill(theme.colour.tint).restore());
  w.label(t.agreements.keptRate.toLocaleUpperCase(f.locale), w.left + 14, y + 10, { face: 'bold', size: theme.size.tiny, colour: theme.colour.accent });
  w.label(big, w.left + 14, y + 22, { face: 'heading', size: 24, colour: theme.colour.heading });
  w.boxed(detail, w.left + 120, y + 10, noteWidth, 14, { face: 'bold', size: theme.size.small + 0.5 });
  w.boxed(t.agreements.keptRateNote, w.left + 120, y + 26, noteWidth, noteHeight, { face: 'italic', size: theme.size.small, colour: theme.colour.muted, lineGap: 1.5 });
  w.y = y + height + 10;

  const monthly = drawnPerMonth([overall.points]);
  // Per month: the rate as it stood at the end of that month.
  const points = monthly ? lastPerMonth(overall.points) : overall.points;
  if (points.length < 2) return;
  w.ensureSpace(150);
  caption(w, monthly ? t.agreements.keptRateMonthCaption : t.agreements.keptRateChartCaption);
  drawChart(w, {
    alt: t.agreements.keptRateChartAlt(f.percent(points[0]!.rate), f.percent(points.at(-1)!.rate)),
    height: 118,
    yDomain: [0, 1],
    yTickCount: 4,
    series: [{ id: 'keptRate', label: t.agreements.keptRate, points: points.map((p) => ({ x: dateToUtc(p.date), y: p.rate })) }],
    formatX: f.tick,
    formatY: f.percent,
  });
  w.space(4);
}

function describe(w: ReportWriter, a: ReportAgreement): Cell {
  const parts: TextPart[] = [{ text: a.description }];
  if (a.repairAction) parts.push({ text: w.t.agreements.repairAction, face: 'italic', size: theme.size.tiny, colour: theme.colour.accent });
  return { parts };
}

function outcomeCell(w: ReportWriter, a: ReportAgreement): Cell {
  const { t, f } = w;
  if (a.outcome === null) {
    return { icon: 'open', parts: [{ text: t.agreements.open, colour: theme.colour.muted }] };
  }
  const parts: TextPart[] = [{ text: t.agreements.outcomes[a.outcome], face: 'bold', colour: theme.outcome[a.outcome] }];
  if (a.reviewedOn) parts.push({ text: f.shortDate(a.reviewedOn), size: theme.size.tiny, colour: theme.colour.muted });
  if (a.outcomeNote) parts.push({ text: a.outcomeNote, face: 'italic', size: theme.size.tiny + 0.5 });
  return { icon: a.outcome, parts };
}

function lastPerMonth(points: KeptRateSummary['points']): KeptRateSummary['points'] {
  const byMonth = new Map<string, KeptRateSummary['points'][number]>();
  for (const p of [...points].sort((a, b) => a.date.localeCompare(b.date))) byMonth.set(p.date.slice(0, 7), p);
  return [...byMonth.values()];
}
