import { theme } from './theme';
import type { ReportWriter } from './writer';

export interface PageFrame {
  practiceName: string;
  title: string;
  footer: string;
  /** The cover carries its own branding, so it gets no running header. */
  hasCover: boolean;
}

/**
 * Running header and footer with "pagina X van Y" on every buffered page, drawn after the
 * content so the total is known.
 */
export function drawPageFrames(w: ReportWriter, frame: PageFrame): void {
  const { doc } = w;
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottomMargin = doc.page.margins.bottom;
    // Writing inside the bottom margin would otherwise make pdfkit start a new page.
    doc.page.margins.bottom = 0;
    const pageNumber = i - range.start + 1;
    w.artifact(() => drawFrame(w, frame, pageNumber, range.count), 'Pagination');
    doc.page.margins.bottom = bottomMargin;
  }
}

function drawFrame(w: ReportWriter, frame: PageFrame, pageNumber: number, pageCount: number): void {
  const { doc } = w;
  const tiny = { size: theme.size.tiny, colour: theme.colour.muted };
  const headerY = 40;
  const footerY = doc.page.height - 44;
  if (!(frame.hasCover && pageNumber === 1)) {
    const half = w.width / 2 - 8;
    w.label(frame.practiceName, w.left, headerY, { ...tiny, face: 'bold', width: half });
    w.label(frame.title, w.left + half + 16, headerY, { ...tiny, width: half, align: 'right' });
    w.rule(headerY + 14, theme.colour.hairline);
  }
  w.rule(footerY - 8, theme.colour.hairline);
  const pageLabel = w.t.pageOf(pageNumber, pageCount);
  const pageLabelWidth = w.widthOf(pageLabel, tiny) + 2;
  w.label(frame.footer, w.left, footerY, { ...tiny, width: w.width - pageLabelWidth - 16 });
  w.label(pageLabel, w.right - pageLabelWidth, footerY, { ...tiny, width: pageLabelWidth, align: 'right' });
}
