import { feedback360Columns, type Feedback360Column } from '../../../shared/contract/feedback360';
import type { Audience } from '../../../shared/domain/audience';
import { localize } from '../../../shared/questionnaires/definition';
import { canSee } from '../audience/policy';
import type { Db } from '../db/open';
import { roundResult } from '../feedback360/result';
import { trajectoryRow } from '../trajectories/repository';
import type { ReportContent, ReportFeedback360 } from './content';
import { feedback360Words } from './feedback360Words';

/**
 * The closed 360 rounds about the report's reader, in the period, as the anonymity rule shows
 * them: figures per column or why not, never a rater's label. Only the person the round is
 * about gets it (canSee); a couple's partner, a team or a sponsor never does.
 */
export function feedback360ForReport(db: Db, trajectoryId: number, audience: Audience, content: Pick<ReportContent, 'language' | 'address' | 'period'>): ReportFeedback360[] {
  const { kind } = trajectoryRow(db, trajectoryId);
  const words = feedback360Words(content.language, content.address);
  const locale = content.language === 'en' ? 'en-GB' : 'nl-NL';
  const number = (n: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(n);
  const day = (iso: string) => new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(iso));
  const rounds = db
    .prepare(`SELECT id, participant_id, title, closed_at FROM feedback360_round WHERE trajectory_id = ? AND closed_at IS NOT NULL ORDER BY closed_at, id`)
    .all(trajectoryId) as { id: number; participant_id: number; title: string; closed_at: string }[];
  return rounds
    .filter((r) => canSee(audience, { kind: 'feedback360Result', participantId: r.participant_id, trajectoryKind: kind }))
    .filter((r) => r.closed_at.slice(0, 10) >= content.period.from && r.closed_at.slice(0, 10) <= content.period.to)
    .map((r) => {
      const result = roundResult(db, r.id);
      const columns = feedback360Columns.filter((c) => result.factors.some((f) => f.cells[c].shown || f.cells[c].count > 0));
      const cellText = (factor: (typeof result.factors)[number], column: Feedback360Column) => {
        const cell = factor.cells[column];
        return cell.shown ? words.figure(number(cell.score), cell.count) : words.because[cell.because];
      };
      return {
        title: r.title,
        meta: words.meta({ closedOn: day(r.closed_at), answered: result.answered, raters: result.raterCount }),
        intro: words.intro({ answered: result.answered, min: result.scale.min, max: result.scale.max, threshold: result.threshold }),
        columns: [words.factor, ...columns.map((c) => words.columns[c])],
        rows: result.factors.map((f) => [localize(f.title, content.language), ...columns.map((c) => cellText(f, c))]),
        gaps:
          result.biggestGaps.length === 0
            ? [words.noGaps]
            : result.biggestGaps.map((g) =>
                (g.gap > 0 ? words.othersHigher : words.selfHigher)({ factor: localize(g.title, content.language), self: number(g.self), others: number(g.others) }),
              ),
        gapsHeading: words.gapsHeading,
        heading: words.heading,
      };
    });
}
