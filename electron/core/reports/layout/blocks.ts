import { theme } from './theme';
import type { ReportWriter } from './writer';

/** A section title in the serif with a short warm rule under it; never alone at a page bottom. */
export function sectionHeading(w: ReportWriter, title: string, keepWith = 120): void {
  if (w.y > w.top + 1) w.space(14);
  w.ensureSpace(40 + keepWith);
  // A bookmark per section, so a reader can jump there from the viewer's outline.
  w.doc.outline.addItem(w.print(title));
  w.write(title, { face: 'heading', size: theme.size.h1, colour: theme.colour.heading, lineGap: 2, tag: 'H2' });
  const y = w.y + 3;
  w.artifact(() => w.doc.save().moveTo(w.left, y).lineTo(w.left + 28, y).lineWidth(2).strokeColor(theme.colour.accent).stroke().restore());
  w.y = y + 12;
}

export function subheading(w: ReportWriter, title: string, meta?: string, keepWith = 90): void {
  w.ensureSpace(34 + keepWith);
  w.write(title, { face: 'heading', size: theme.size.h2, colour: theme.colour.heading, lineGap: 1, after: 2, tag: 'H3' });
  if (meta) w.write(meta, { size: theme.size.small, colour: theme.colour.muted, after: 4 });
}

/** Label–value pairs in two columns, e.g. "Gehouden sessies   12". */
export function keyValues(w: ReportWriter, rows: [string, string][], labelWidth = 130): void {
  w.group('Table', () => {
    for (const [label, value] of rows) {
      const valueWidth = w.width - labelWidth;
      const height = Math.max(w.heightOf(value, valueWidth), w.heightOf(label, labelWidth - 10, { size: theme.size.small }));
      w.ensureSpace(height + 4);
      const y = w.y;
      w.group('TR', () => {
        w.group('TH', () => w.boxed(label, w.left, y + 1, labelWidth - 10, height, { size: theme.size.small, colour: theme.colour.muted }), { scope: 'Row' });
        w.boxed(value, w.left + labelWidth, y, valueWidth, height, { tag: 'TD' });
      });
      w.y = y + height + 5;
    }
  });
}

/** Bullets or numbers with a hanging indent; long items wrap and may continue on the next page. */
export function list(w: ReportWriter, items: string[], numbered = false): void {
  const indent = 18;
  w.group('L', () =>
    items.forEach((item, i) => {
      w.ensureSpace(16);
      const y = w.y;
      w.group('LI', () => {
        if (numbered) {
          w.label(`${i + 1}.`, w.left, y, { face: 'bold', colour: theme.colour.accent, tag: 'Lbl' });
        } else {
          w.artifact(() => w.doc.save().circle(w.left + 4, y + 6.5, 2).fill(theme.colour.accent).restore());
        }
        w.write(item, { x: w.left + indent, after: 4, tag: 'LBody' });
      });
    }),
  );
}

/** Figures side by side in quiet boxes: "Beginmeting 3", "Streefwaarde 8", "Laatste score 7,5 (22 jun)". */
export function figures(w: ReportWriter, items: { label: string; value: string; note?: string }[]): void {
  if (items.length === 0) return;
  const gap = 8;
  const boxWidth = (w.width - gap * (items.length - 1)) / items.length;
  const inner = boxWidth - 16;
  const valueStyle = { face: 'bold' as const, size: 12, colour: theme.colour.heading, lineGap: 1 };
  const labelStyle = { size: theme.size.tiny, colour: theme.colour.muted, lineGap: 1 };
  const noteStyle = { size: theme.size.tiny, colour: theme.colour.muted, lineGap: 1 };
  // Values line up across boxes even when one label takes two lines.
  const labelHeight = Math.max(...items.map((i) => w.heightOf(i.label, inner, labelStyle)));
  const valueHeight = Math.max(...items.map((i) => w.heightOf(i.value, inner, valueStyle) + (i.note ? w.heightOf(i.note, inner, noteStyle) : 0)));
  const height = labelHeight + valueHeight + 16;
  w.ensureSpace(height + 6);
  const y = w.y;
  items.forEach((item, i) => {
    const x = w.left + i * (boxWidth + gap);
    w.artifact(() => w.doc.save().roundedRect(x, y, boxWidth, height, 4).fill(theme.colour.tint).restore());
    w.boxed(item.label, x + 8, y + 7, inner, labelHeight, labelStyle);
    const vy = y + 9 + labelHeight;
    const vh = w.heightOf(item.value, inner, valueStyle);
    w.boxed(item.value, x + 8, vy, inner, vh, valueStyle);
    if (item.note) w.boxed(item.note, x + 8, vy + vh, inner, height, noteStyle);
  });
  w.y = y + height + 10;
}

/** A quiet caption that stays on the same page as the first `keepWith` points of what it introduces. */
export function caption(w: ReportWriter, text: string, keepWith = 50): void {
  w.ensureSpace(16 + keepWith);
  w.write(text, { face: 'italic', size: theme.size.tiny + 0.5, colour: theme.colour.muted, after: 3, tag: 'Caption' });
}
