import type { ReportContent } from './content';
import { reportStrings } from './strings';

const MAX_LENGTH = 100;

/** Names Windows refuses as file names, with or without an extension ("CON.pdf" too). */
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)$/i;

/** Characters that are separators or forbidden on Windows, macOS or Linux. */
const FORBIDDEN = /[/\\:*?"<>|]/g;

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

const segmenter = new Intl.Segmenter('und', { granularity: 'grapheme' });

/**
 * A file name that is safe on every desktop system and still reads like the original:
 * diacritics stay (Ömer, Zoë), separators and forbidden characters become "-", control
 * characters go, Windows device names get a "_" prefix, and the whole name (with the
 * extension) is at most 100 characters, never cut through a letter.
 */
export function safeFileName(name: string, extension = ''): string {
  const ext = extension.replace(FORBIDDEN, '').replace(CONTROL, '');
  let base = name
    .normalize('NFC')
    .replace(CONTROL, '')
    .replace(FORBIDDEN, '-')
    .replace(/\s+/g, ' ')
    .replace(/-{2,}/g, '-')
    .trim()
    .replace(/^[.\s-]+|[.\s]+$/g, '');
  base = truncateGraphemes(base, MAX_LENGTH - ext.length).replace(/[.\s]+$/g, '');
  if (base === '') base = 'rapport';
  const stem = base.split('.')[0]!.trim();
  if (RESERVED.test(stem)) base = truncateGraphemes(`_${base}`, MAX_LENGTH - ext.length);
  return `${base}${ext}`;
}

function truncateGraphemes(text: string, max: number): string {
  if (text.length <= max) return text;
  let out = '';
  for (const { segment } of segmenter.segment(text)) {
    if (out.length + segment.length > max) break;
    out += segment;
  }
  return out;
}

/** The suggested name for a saved report: "Voortgangsrapport Sanne de Vries en Ömer Yılmaz 2026-06-24.pdf". */
export function reportFileName(content: Pick<ReportContent, 'language' | 'audienceLabel' | 'period'>): string {
  return safeFileName(`${reportStrings(content.language).reportTitle} ${content.audienceLabel} ${content.period.to}`, '.pdf');
}
