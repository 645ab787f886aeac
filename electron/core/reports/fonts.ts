import { readFileSync } from 'node:fs';
import path from 'node:path';
import { appRoot } from '../appRoot';
import { AppError } from '../../../shared/errors';
import { readCoverage } from './cmap';

/** The faces a report uses; see resources/fonts/README.md for why these. */
export const fontFaces = {
  body: 'NotoSans-Regular.ttf',
  bold: 'NotoSans-Bold.ttf',
  italic: 'NotoSans-Italic.ttf',
  heading: 'NotoSerif-Bold.ttf',
} as const;

export type FontFace = keyof typeof fontFaces;

export interface ReportFonts {
  files: Record<FontFace, Buffer>;
  /** Code points every face can draw, so any text can be set in any face. */
  coverage: ReadonlySet<number>;
}

/** resources/fonts in Traject's folder; a packaged app passes its own folder to renderReport. */
export function defaultFontDir(): string {
  return path.join(appRoot(), 'resources/fonts');
}

const cache = new Map<string, ReportFonts>();

export function loadReportFonts(dir: string = defaultFontDir()): ReportFonts {
  const cached = cache.get(dir);
  if (cached) return cached;
  const files = {} as Record<FontFace, Buffer>;
  for (const [face, file] of Object.entries(fontFaces) as [FontFace, string][]) {
    try {
      files[face] = readFileSync(path.join(dir, file));
    } catch {
      throw new AppError('INTERNAL', `The report font ${file} is missing.`);
    }
  }
  const sets = Object.values(files).map((data) => readCoverage(data));
  const coverage = new Set([...sets[0]!].filter((cp) => sets.every((s) => s.has(cp))));
  const fonts: ReportFonts = { files, coverage };
  cache.set(dir, fonts);
  return fonts;
}

type FontSource = Parameters<PDFKit.PDFDocument['font']>[0];

/** Fonts pdfkit has parsed, by file: parsing them again costs ~150 ms per report, reusing is free. */
const parsedFonts = new Map<string, FontSource>();

/** What to hand pdfkit for a font file: the font parsed for an earlier report, or else the file. */
export function fontSource(file: string): FontSource {
  return parsedFonts.get(file) ?? file;
}

/** pdfkit's name for a face within one document: the file's base name, which is also its PostScript name. */
export function fontKey(file: string): string {
  return path.basename(file, path.extname(file));
}

/** Keeps the parsed font pdfkit just opened for `file` (pdfkit takes any parsed font that can lay out text). */
export function keepParsedFont(doc: PDFKit.PDFDocument, file: string): void {
  if (parsedFonts.has(file)) return;
  const parsed = (doc as unknown as { _font?: { font?: { layout?: unknown } } })._font?.font;
  if (typeof parsed?.layout === 'function') parsedFonts.set(file, parsed as unknown as FontSource);
}
