import type { ReportSession, ReportTrajectory } from '../content';
import { sectionHeading } from '../layout/blocks';
import { drawTable, type Cell, type TextPart } from '../layout/table';
import { theme } from '../layout/theme';
import type { ReportWriter } from '../layout/writer';

/** The session timeline: dates, what kind of session, and the shareable summary only. */
export function drawSessions(w: ReportWriter, trajectory: ReportTrajectory, sessions: ReportSession[], leftOut: number): void {
  const { t } = w;
  sectionHeading(w, t.sections.sessions, 120);
  if (leftOut > 0) w.write(t.sessions.leftOut(leftOut), { colour: theme.colour.muted, after: 6 });
  const sorted = [...sessions].sort((a, b) => (a.date + (a.time ?? '')).localeCompare(b.date + (b.time ?? '')));
  drawTable(
    w,
    [
      { header: t.sessions.date, weight: 1.25 },
      { header: t.sessions.session, weight: 1.6 },
      { header: t.sessions.summary, weight: 4.6 },
    ],
    sorted.map((s) => [dateCell(w, s), kindCell(w, trajectory, s), summaryCell(w, s)]),
  );
}

function dateCell(w: ReportWriter, s: ReportSession): Cell {
  const parts: TextPart[] = [{ text: w.f.shortDate(s.date), face: 'bold' }];
  const when = [s.time, s.durationMinutes ? w.t.sessions.minutes(s.durationMinutes) : undefined].filter(Boolean).join(' · ');
  if (when) parts.push({ text: when, size: theme.size.tiny, colour: theme.colour.muted });
  return { parts };
}

function kindCell(w: ReportWriter, trajectory: ReportTrajectory, s: ReportSession): Cell {
  const { t } = w;
  const parts: TextPart[] = [{ text: t.sessions.kind[s.kind] }];
  const who = attendance(w, trajectory, s);
  if (who) parts.push({ text: who, size: theme.size.tiny, colour: theme.colour.muted });
  if (s.status !== 'held') parts.push({ text: t.sessions.status[s.status], size: theme.size.tiny, face: 'bold', colour: theme.colour.accent });
  return { parts };
}

function attendance(w: ReportWriter, trajectory: ReportTrajectory, s: ReportSession): string | undefined {
  if (trajectory.kind === 'couple') {
    if (s.attendees.length >= 2) return w.t.sessions.joint;
    if (s.attendees.length === 1) return w.t.sessions.individual(s.attendees[0]!);
    return undefined;
  }
  if (trajectory.kind === 'team' && s.attendees.length > 0) return w.f.list(s.attendees);
  return undefined;
}

function summaryCell(w: ReportWriter, s: ReportSession): Cell {
  if (s.summary?.trim()) return { parts: [{ text: s.summary.trim() }] };
  return { parts: [{ text: w.t.sessions.noSummary, face: 'italic', colour: theme.colour.muted }] };
}
