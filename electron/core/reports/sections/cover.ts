import { AppError } from '../../../../shared/errors';
import type { ReportContent } from '../content';
import { theme } from '../layout/theme';
import type { ReportWriter } from '../layout/writer';

const PANEL_HEIGHT = 330;

/** Page one: the practice's branding, who the report is for, the period, and how to reach the practitioner. */
export function drawCover(w: ReportWriter, content: ReportContent): void {
  const { doc, t, f } = w;
  const { practice } = content;
  w.artifact(() => {
    doc.save().rect(0, 0, doc.page.width, PANEL_HEIGHT).fill(theme.colour.tint).restore();
    doc.save().rect(0, PANEL_HEIGHT, doc.page.width, 3).fill(theme.colour.accent).restore();
  });

  let brandY = 56;
  if (practice.logo) {
    try {
      const image = Buffer.from(practice.logo.data);
      w.tagged('Figure', () => doc.image(image, w.left, brandY, { fit: [150, 60] }), { alt: w.print(practice.name ? `Logo ${practice.name}` : 'Logo') });
    } catch {
      throw new AppError('INVALID_INPUT', 'The practice logo is not a PNG or JPEG image.', 'practice.logo');
    }
    brandY += 72;
  }
  if (practice.name) {
    w.y = brandY;
    w.write(practice.name, { face: 'heading', size: 14, colour: theme.colour.heading, width: w.width * 0.7 });
  }

  w.y = 176;
  w.write(t.reportTitle, { face: 'heading', size: theme.size.coverTitle, colour: theme.colour.heading, lineGap: 0, after: 6, tag: 'H1' });
  if (content.trajectory.title) w.write(content.trajectory.title, { size: 15, colour: theme.colour.ink, after: 4 });
  w.write(t.trajectoryKind[content.trajectory.kind], { size: theme.size.body, colour: theme.colour.muted });

  w.y = PANEL_HEIGHT + 34;
  const block = (label: string, value: string, size = 13) => {
    w.write(label.toLocaleUpperCase(f.locale), { face: 'bold', size: theme.size.tiny, colour: theme.colour.accent, after: 2 });
    w.write(value, { size, colour: theme.colour.ink, after: 14 });
  };
  block(t.preparedFor, content.audienceLabel, 15);
  block(t.period, f.period(content.period.from, content.period.to));
  block(t.issuedOn, f.day(content.createdAt), theme.size.body + 1);

  drawPractitioner(w, content);

  const note = t.coverNote(content.audienceLabel);
  const noteHeight = w.heightOf(note, w.width, { face: 'italic', size: theme.size.small });
  w.y = w.bottom - noteHeight - 6;
  w.write(note, { face: 'italic', size: theme.size.small, colour: theme.colour.muted });
}

function drawPractitioner(w: ReportWriter, content: ReportContent): void {
  const { t } = w;
  const { practice } = content;
  const registrations = (Object.keys(t.registrations) as (keyof typeof t.registrations)[])
    .filter((key) => practice.registrations[key]?.trim())
    .map((key) => {
      const number = practice.registrations[key]!.trim();
      // "NOBCO-2291" already says what it is; "NOBCO NOBCO-2291" would say it twice.
      return number.toLocaleLowerCase('en').startsWith(key) ? number : `${t.registrations[key]} ${number}`;
    });
  const contact = [practice.address, practice.phone, practice.email, practice.website].map((s) => s.trim()).filter(Boolean);
  if (!practice.practitionerName && registrations.length === 0 && contact.length === 0) return;

  const top = Math.max(w.y + 8, 590);
  w.rule(top - 12);
  const columnWidth = w.width / 2 - 12;
  w.y = top;
  // The practice's own title heads the block ("Leiderschapscoach"); the report's word is only for a practice without one.
  const title = practice.practitionerTitle.trim() || t.practitioner;
  w.write(title.toLocaleUpperCase(w.f.locale), { face: 'bold', size: theme.size.tiny, colour: theme.colour.accent, after: 3, width: columnWidth });
  if (practice.practitionerName) w.write(practice.practitionerName, { face: 'bold', width: columnWidth });
  for (const line of registrations) w.write(line, { size: theme.size.small, colour: theme.colour.muted, width: columnWidth });
  const leftEnd = w.y;

  if (contact.length > 0) {
    const x = w.left + w.width / 2 + 12;
    w.y = top;
    w.write(t.contact.toLocaleUpperCase(w.f.locale), { x, face: 'bold', size: theme.size.tiny, colour: theme.colour.accent, after: 3 });
    for (const line of contact) {
      const link = linkFor(line, practice);
      w.write(line, { x, size: theme.size.small + 0.5, ...(link ? { link, colour: theme.colour.heading } : {}) });
    }
  }
  w.y = Math.max(leftEnd, w.y);
}

/** Without a cover, page one opens with a compact title block instead. */
export function drawTitleBlock(w: ReportWriter, content: ReportContent): void {
  const { t, f } = w;
  w.write(t.reportTitle, { face: 'heading', size: 24, colour: theme.colour.heading, after: 2, tag: 'H1' });
  const subtitle = [content.trajectory.title, content.audienceLabel].filter(Boolean).join(' — ');
  w.write(subtitle, { size: 12, after: 2 });
  w.write(`${t.period}: ${f.period(content.period.from, content.period.to)}`, { size: theme.size.small, colour: theme.colour.muted, after: 8 });
  w.rule();
  w.y += 10;
}

/** The practice's e-mail address and website open as links; nothing else on the page does. */
function linkFor(line: string, practice: ReportContent['practice']): string | undefined {
  const email = practice.email.trim();
  if (line === email && /^[^\s@<>()"]+@[^\s@<>()"]+\.[^\s@<>()"]+$/.test(email)) return `mailto:${email}`;
  const website = practice.website.trim();
  if (line === website && /^(https?:\/\/)?[\p{L}\p{N}.-]+\.\p{L}{2,}(\/[^\s<>"]*)?$/iu.test(website)) {
    return /^https?:\/\//i.test(website) ? website : `https://${website}`;
  }
  return undefined;
}
