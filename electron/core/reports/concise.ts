import type { RatingPoint, ReportAgreement, ReportSession } from './content';
import { dateToUtc } from './format';

/** What a concise report keeps of a long period: enough to read in one sitting, the rest in the full report. */
export const concise = {
  /** The last held sessions with their summaries. */
  sessions: 6,
  /** Agreements reviewed this many days before the period's end count as recent. */
  recentReviewDays: 42,
  /** At most this many recently reviewed agreements. */
  recentReviews: 8,
  /** Above this many points a line is drawn per month. */
  pointsBeforeMonths: 24,
};

/** The last held sessions of the period (and every not-held one among them), oldest first, plus how many were left out. */
export function recentSessions(sessions: ReportSession[]): { shown: ReportSession[]; leftOut: number } {
  const sorted = [...sessions].sort((a, b) => (a.date + (a.time ?? '')).localeCompare(b.date + (b.time ?? '')));
  const held = sorted.filter((s) => s.status === 'held');
  if (held.length <= concise.sessions) return { shown: sorted, leftOut: 0 };
  const since = held[held.length - concise.sessions]!;
  const shown = sorted.filter((s) => s.date + (s.time ?? '') >= since.date + (since.time ?? ''));
  return { shown, leftOut: held.length - concise.sessions };
}

/** The open agreements and the ones reviewed in the last weeks of the period (at least the last review's). */
export function recentAgreements(items: ReportAgreement[], periodEnd: string): ReportAgreement[] {
  const open = items.filter((a) => a.outcome === null);
  const reviewed = items.filter((a) => a.outcome !== null && a.reviewedOn).sort((a, b) => b.reviewedOn!.localeCompare(a.reviewedOn!));
  const since = new Date(dateToUtc(periodEnd) - concise.recentReviewDays * 86_400_000).toISOString().slice(0, 10);
  const lastDay = reviewed[0]?.reviewedOn;
  const recent = reviewed.filter((a) => a.reviewedOn! >= since || a.reviewedOn === lastDay).slice(0, concise.recentReviews);
  const kept = new Set([...open, ...recent]);
  return items.filter((a) => kept.has(a));
}

/** Points as one mean per calendar month (dated on the 15th), when there are too many to follow one by one. */
export function perMonth(points: RatingPoint[]): RatingPoint[] {
  const months = new Map<string, number[]>();
  for (const p of points) {
    const key = p.date.slice(0, 7);
    months.set(key, [...(months.get(key) ?? []), p.value]);
  }
  return [...months.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([month, values]) => ({ date: `${month}-15`, value: Math.round((values.reduce((s, v) => s + v, 0) / values.length) * 10) / 10 }));
}

/** Whether a chart of these series is drawn per month: once any one of them has more points than a reader can follow. */
export function drawnPerMonth(series: { length: number }[]): boolean {
  return series.some((s) => s.length > concise.pointsBeforeMonths);
}
