import { fontKey, fontSource, keepParsedFont, type FontFace } from '../fonts';
import type { ReportFormat } from '../format';
import { printable } from '../printable';
import type { ReportStrings } from '../strings';
import { theme } from './theme';

export interface TextStyle {
  face?: FontFace;
  size?: number;
  colour?: string;
  lineGap?: number;
}

/** Structure types (ISO 32000 14.8.4) the report uses for its text. */
export type TextTag = 'P' | 'H1' | 'H2' | 'H3' | 'Caption' | 'Lbl' | 'LBody' | 'TH' | 'TD' | 'Span';

export interface WriteOptions extends TextStyle {
  x?: number;
  width?: number;
  align?: 'left' | 'right' | 'center' | 'justify';
  /** Space after the text, in points. */
  after?: number;
  /** What the text is in the document's structure (default: a paragraph). */
  tag?: TextTag;
  /** A clickable web or e-mail address. */
  link?: string;
}

type StructElement = PDFKit.PDFStructureElement;

/**
 * The pdfkit document plus what every section needs: the report's words and formats, the
 * content box, and text helpers that always pass user text through `printable` first.
 */
export class ReportWriter {
  /** The structure element new content goes into; null while drawing inside a tagged closure. */
  private parents: StructElement[] = [];
  private inContent = false;

  constructor(
    readonly doc: PDFKit.PDFDocument,
    readonly t: ReportStrings,
    readonly f: ReportFormat,
    private readonly fontPaths: Record<FontFace, string>,
    private readonly coverage: ReadonlySet<number>,
  ) {
    // Registered by name: pdfkit would read a family given with a file as a variation name.
    for (const file of Object.values(fontPaths)) doc.registerFont(fontKey(file), fontSource(file));
    const root = doc.struct('Document');
    doc.addStructure(root);
    this.parents.push(root);
  }

  /** A structure element (a section, a table, a list, …) whose content `body` draws. */
  group(type: string, body: () => void, options: PDFKit.Mixins.StructureElementOptions & { scope?: "Column" | "Row" } = {}): void {
    if (this.inContent) {
      body();
      return;
    }
    const element = this.doc.struct(type, options);
    this.parents.at(-1)!.add(element);
    this.parents.push(element);
    try {
      body();
    } finally {
      this.parents.pop();
      element.end();
    }
  }

  /** Content drawn by `draw`, marked as one structure element (a paragraph, a heading, a figure, …). */
  tagged(type: string, draw: () => void, options: PDFKit.Mixins.StructureElementOptions & { scope?: "Column" | "Row" } = {}): void {
    if (this.inContent) {
      draw();
      return;
    }
    const element = this.doc.struct(type, options);
    this.parents.at(-1)!.add(element);
    this.inContent = true;
    try {
      element.add(draw);
    } finally {
      this.inContent = false;
      element.end();
    }
  }

  /** Decoration (rules, tints, page headers and footers): not content, so readers and screen readers skip it. */
  artifact(draw: () => void, type?: 'Pagination' | 'Layout'): void {
    if (this.inContent) {
      draw();
      return;
    }
    this.doc.markContent('Artifact', type ? { type } : {});
    this.inContent = true;
    try {
      draw();
    } finally {
      this.inContent = false;
      this.doc.endMarkedContent();
    }
  }

  get left(): number {
    return this.doc.page.margins.left;
  }

  get width(): number {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }

  get right(): number {
    return this.left + this.width;
  }

  get top(): number {
    return this.doc.page.margins.top;
  }

  /** The lowest y where content may end on this page. */
  get bottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }

  get y(): number {
    return this.doc.y;
  }

  set y(value: number) {
    this.doc.y = value;
  }

  /** Every text is measured before it is drawn: clean it once. */
  private readonly printed = new Map<string, string>();

  print(text: string): string {
    let clean = this.printed.get(text);
    if (clean === undefined) {
      // "€ 100" stays on one line: the space after a currency sign does not break.
      clean = printable(text, this.coverage).replace(/([€$£]) (?=\d)/g, '$1\u00a0');
      this.printed.set(text, clean);
    }
    return clean;
  }

  style(style: TextStyle = {}): this {
    const file = this.fontPaths[style.face ?? 'body'];
    this.doc.font(fontKey(file));
    keepParsedFont(this.doc, file);
    this.doc.fontSize(style.size ?? theme.size.body).fillColor(style.colour ?? theme.colour.ink);
    return this;
  }

  heightOf(text: string, width: number, style: TextStyle = {}): number {
    this.style(style);
    return this.doc.heightOfString(this.print(text), { width, lineGap: style.lineGap ?? theme.lineGap });
  }

  widthOf(text: string, style: TextStyle = {}): number {
    this.style(style);
    return this.doc.widthOfString(this.print(text));
  }

  /** Flowing text at the cursor; long text continues on the next page by itself. */
  write(text: string, options: WriteOptions = {}): this {
    this.style(options);
    const x = options.x ?? this.left;
    this.tagged(options.tag ?? 'P', () => {
      this.doc.text(this.print(text), x, this.doc.y, {
        width: options.width ?? this.right - x,
        lineGap: options.lineGap ?? theme.lineGap,
        align: options.align ?? 'left',
        ...(options.link ? { link: options.link, underline: false } : {}),
      });
    });
    this.doc.x = this.left;
    if (options.after) this.space(options.after);
    return this;
  }

  /** One line at an exact place that never moves the cursor or starts a page (labels, headers). */
  label(text: string, x: number, y: number, options: WriteOptions = {}): void {
    const { x: cx, y: cy } = this.doc;
    this.style(options);
    const width = options.width;
    this.tagged(options.tag ?? 'P', () => {
      this.doc.text(this.print(text), x, y, {
        lineBreak: false,
        ...(width === undefined ? {} : { width, align: options.align ?? 'left', ellipsis: true, height: (options.size ?? theme.size.body) * 1.6 }),
      });
    });
    this.doc.x = cx;
    this.doc.y = cy;
  }

  /** Text in a box that is known to fit (measured before): never starts a new page. */
  boxed(text: string, x: number, y: number, width: number, height: number, style: TextStyle & { tag?: TextTag } = {}): void {
    this.style(style);
    this.tagged(style.tag ?? 'P', () => {
      this.doc.text(this.print(text), x, y, { width, height: height + 2, lineGap: style.lineGap ?? theme.lineGap });
    });
  }

  space(points: number): this {
    if (this.doc.y + points > this.bottom) this.newPage();
    else this.doc.y += points;
    return this;
  }

  /** Starts a new page unless `height` points still fit below the cursor. */
  ensureSpace(height: number): this {
    if (this.doc.y + height > this.bottom) this.newPage();
    return this;
  }

  newPage(): this {
    this.doc.addPage();
    this.doc.x = this.left;
    this.doc.y = this.top;
    return this;
  }

  rule(y = this.doc.y, colour: string = theme.colour.hairline): void {
    this.artifact(() => this.doc.save().moveTo(this.left, y).lineTo(this.right, y).lineWidth(0.6).strokeColor(colour).stroke().restore());
  }
}
