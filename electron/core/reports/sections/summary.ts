import type { ReportContent, SummarySection } from '../content';
import { keyValues, list, sectionHeading, subheading } from '../layout/blocks';
import { theme } from '../layout/theme';
import type { ReportWriter } from '../layout/writer';

export function drawSummary(w: ReportWriter, content: ReportContent, summary: SummarySection): void {
  const { t, f } = w;
  sectionHeading(w, t.sections.summary);
  if (summary.intro) w.write(summary.intro, { after: 10 });

  const sessions = summary.sessionsCancelled
    ? `${summary.sessionsHeld} (${t.summary.sessionsCancelled.toLocaleLowerCase(f.locale)}: ${summary.sessionsCancelled})`
    : String(summary.sessionsHeld);
  const rows: [string, string][] = [
    [t.summary.trajectory, [content.trajectory.title, t.trajectoryKind[content.trajectory.kind].toLocaleLowerCase(f.locale)].filter(Boolean).join(', ')],
    [t.summary.startedOn, f.date(content.trajectory.startedOn)],
    [t.period, f.period(content.period.from, content.period.to)],
  ];
  if (content.trajectory.participants.length > 0) rows.push([t.summary.participants, f.list(content.trajectory.participants)]);
  rows.push([t.summary.sessionsHeld, sessions]);
  keyValues(w, rows);

  w.space(6);
  subheading(w, t.summary.goals, undefined, 30);
  if (summary.goalTitles.length === 0) w.write(t.summary.noGoals, { face: 'italic', colour: theme.colour.muted });
  else list(w, summary.goalTitles);
}
