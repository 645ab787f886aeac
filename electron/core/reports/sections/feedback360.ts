import type { ReportFeedback360 } from '../content';
import { list, sectionHeading, subheading } from '../layout/blocks';
import { drawTable } from '../layout/table';
import { theme } from '../layout/theme';
import type { ReportWriter } from '../layout/writer';

/** The reader's own 360 rounds: per trust factor self, the manager, the shown groups and all others, then the biggest gaps in words. */
export function drawFeedback360(w: ReportWriter, rounds: ReportFeedback360[]): void {
  sectionHeading(w, rounds[0]!.heading, 140);
  rounds.forEach((round, i) => {
    if (i > 0) w.space(12);
    subheading(w, round.title, round.meta, 120);
    w.write(round.intro, { colour: theme.colour.muted, after: 8 });
    drawTable(
      w,
      // The trust factor and the manager's column carry the longest words; they get the room.
      round.columns.map((header, c) => ({ header, weight: c === 0 || header.length > 20 ? 1.45 : 1 })),
      round.rows,
    );
    subheading(w, round.gapsHeading, undefined, 40);
    list(w, round.gaps);
  });
}
