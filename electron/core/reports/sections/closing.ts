import type { ClosingSection, ReportContent } from '../content';
import { list, sectionHeading, subheading } from '../layout/blocks';
import { theme } from '../layout/theme';
import type { ReportWriter } from '../layout/writer';

export function drawClosing(w: ReportWriter, content: ReportContent, closing: ClosingSection): void {
  const { t, f } = w;
  // The closing words read as one letter: keep them on one page when they fit on one.
  const estimate =
    90 +
    (closing.remark ? w.heightOf(closing.remark.trim(), w.width) + 40 : 0) +
    closing.nextSteps.reduce((sum, step) => sum + w.heightOf(step, w.width - 18) + 4, closing.nextSteps.length > 0 ? 34 : 0) +
    80;
  if (estimate <= w.bottom - w.top) w.ensureSpace(estimate);
  sectionHeading(w, t.sections.closing, 80);
  if (closing.remark?.trim()) {
    subheading(w, t.closing.remark, undefined, 30);
    w.write(closing.remark.trim(), { after: 10 });
  }
  if (closing.nextSteps.length > 0) {
    subheading(w, t.closing.nextSteps, undefined, 30);
    list(w, closing.nextSteps, true);
  }

  const { practice } = content;
  if (practice.practitionerName) {
    w.space(18);
    w.ensureSpace(48);
    w.write(practice.practitionerName, { face: 'bold' });
    const line = [practice.practitionerTitle, practice.name].filter(Boolean).join(', ');
    if (line) w.write(line, { size: theme.size.small, colour: theme.colour.muted });
    w.write(f.day(content.createdAt), { size: theme.size.small, colour: theme.colour.muted });
  }
}
