import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { AppError } from '../../../shared/errors';
import type { ReportContent } from './content';
import { defaultFontDir, fontFaces, fontSource, loadReportFonts, type FontFace } from './fonts';
import { reportFormat } from './format';
import { drawPageFrames } from './layout/pageFrame';
import { theme } from './layout/theme';
import { ReportWriter } from './layout/writer';
import { drawAgreements } from './sections/agreements';
import { drawClosing } from './sections/closing';
import { drawCover, drawTitleBlock } from './sections/cover';
import { drawFeedback360 } from './sections/feedback360';
import { drawGoals } from './sections/goals';
import { drawQuestionnaires } from './sections/questionnaires';
import { drawRepairPlans } from './sections/repairPlans';
import { drawSessions } from './sections/sessions';
import { drawSummary } from './sections/summary';
import { withoutControls } from './printable';
import { upgradeToRevision6 } from './security';
import { reportStrings } from './strings';

export interface RenderOptions {
  /** When set, the PDF opens only with this password (AES-256, revision 6); printing is allowed, changing it is not. */
  password?: string;
  /** Where the report fonts live; a packaged app passes its resources folder. */
  fontDir?: string;
}

/** Renders a progress report to PDF bytes. Everything printed comes from `content`, nothing else. */
export async function renderReport(content: ReportContent, options: RenderOptions = {}): Promise<Buffer> {
  return (await renderReportDocument(content, options)).pdf;
}

/** The PDF bytes and how many pages they hold (for the preview). */
export async function renderReportDocument(content: ReportContent, options: RenderOptions = {}): Promise<{ pdf: Buffer; pageCount: number }> {
  if (options.password !== undefined && options.password.length === 0) {
    throw new AppError('INVALID_INPUT', 'A report password cannot be empty.', 'password', 'too_small');
  }
  const fontDir = options.fontDir ?? defaultFontDir();
  const fonts = loadReportFonts(fontDir);
  const fontPaths = Object.fromEntries(
    (Object.entries(fontFaces) as [FontFace, string][]).map(([face, file]) => [face, path.join(fontDir, file)]),
  ) as Record<FontFace, string>;
  const t = reportStrings(content.language, content.address);
  const f = reportFormat(content.language);
  // Metadata shows in file managers and search indexes without opening the file: names and the
  // trajectory's title only go there when the file is locked (then the metadata is encrypted too).
  const locked = options.password !== undefined;
  const meta = (text: string) => withoutControls(text.normalize('NFC')).trim();
  const title = meta(locked ? `${t.reportTitle} — ${content.audienceLabel}` : t.reportTitle);

  // Loaded when the first PDF is made, not when Traject starts: the command line starts faster.
  const { default: PDFDocument } = await import('pdfkit');
  const ownerPassword = randomBytes(32).toString('base64url');
  const doc = new PDFDocument({
    size: theme.page.size,
    margins: theme.page.margins,
    bufferPages: true,
    // The body face from the start, so the built-in Helvetica is never set up. pdfkit also takes an
    // already parsed font here, though its type only names a file.
    font: fontSource(fontPaths.body) as unknown as string,
    lang: f.languageTag,
    displayTitle: true,
    // Headings, paragraphs, lists, tables and figures with their alternative text, for screen readers and reflow.
    tagged: true,
    info: {
      Title: title,
      ...(meta(content.practice.practitionerName) ? { Author: meta(content.practice.practitionerName) } : {}),
      ...(locked && meta(content.trajectory.title) ? { Subject: meta(content.trajectory.title) } : {}),
      Creator: 'Traject',
      CreationDate: content.createdAt,
    },
    ...(options.password === undefined
      ? { pdfVersion: '1.7' as const }
      : {
          pdfVersion: '1.7ext3' as const,
          userPassword: options.password,
          ownerPassword,
          permissions: { printing: 'highResolution' as const, modifying: false, annotating: false, fillingForms: false, documentAssembly: false, copying: true, contentAccessibility: true },
        }),
  });
  if (options.password !== undefined) upgradeToRevision6(doc, options.password, ownerPassword);
  // Open with the bookmarks in view.
  (doc as unknown as { _root: { data: Record<string, unknown> } })._root.data['PageMode'] = 'UseOutlines';
  const chunks: Buffer[] = [];
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const w = new ReportWriter(doc, t, f, fontPaths, fonts.coverage);
  drawBody(w, content);
  drawPageFrames(w, {
    practiceName: content.practice.name,
    title: `${t.reportTitle} · ${content.audienceLabel}`,
    footer: content.practice.reportFooter.trim() || `${t.confidential} · ${content.audienceLabel}`,
    hasCover: content.sections.cover === true,
  });
  const pageCount = doc.bufferedPageRange().count;
  doc.end();
  return { pdf: await finished, pageCount };
}

/** A section with nothing to show is left out: no heading over an empty page. */
function withContent(sections: ReportContent['sections']): ReportContent['sections'] {
  const { goals, agreements, repairPlans, sessions, questionnaires, feedback360, ...rest } = sections;
  return {
    ...rest,
    ...(goals && goals.length > 0 ? { goals } : {}),
    ...(agreements && (agreements.items.length > 0 || agreements.leftOut > 0 || agreements.keptRate.reviewed > 0) ? { agreements } : {}),
    ...(repairPlans && repairPlans.length > 0 ? { repairPlans } : {}),
    ...(sessions && sessions.length > 0 ? { sessions } : {}),
    ...(questionnaires && questionnaires.length > 0 ? { questionnaires } : {}),
    ...(feedback360 && feedback360.length > 0 ? { feedback360 } : {}),
  };
}

function drawBody(w: ReportWriter, content: ReportContent): void {
  const sections = withContent(content.sections);
  const hasSections = Boolean(
    sections.summary || sections.goals || sections.agreements || sections.repairPlans || sections.sessions || sections.questionnaires || sections.feedback360 || sections.closing,
  );
  if (sections.cover) {
    drawCover(w, content);
    if (hasSections) w.newPage();
  } else {
    w.y = w.top;
    drawTitleBlock(w, content);
  }
  const section = (draw: () => void) => w.group('Sect', draw);
  if (sections.summary) section(() => drawSummary(w, content, sections.summary!));
  if (sections.goals) section(() => drawGoals(w, sections.goals!));
  if (sections.agreements) section(() => drawAgreements(w, sections.agreements!, content.detail));
  if (sections.repairPlans) section(() => drawRepairPlans(w, sections.repairPlans!, content.detail));
  if (sections.sessions) section(() => drawSessions(w, content.trajectory, sections.sessions!, sections.sessionsLeftOut ?? 0));
  if (sections.questionnaires) section(() => drawQuestionnaires(w, sections.questionnaires!));
  if (sections.feedback360) section(() => drawFeedback360(w, sections.feedback360!));
  if (sections.closing) section(() => drawClosing(w, content, sections.closing!));
}
