import { theme, type OutcomeIcon } from './theme';

/**
 * Small drawn outcome marks (they need no font): a check, a half-filled circle, a cross, a turning
 * arrow, a dash, an open circle. Always printed next to the outcome's word, never instead of it.
 */
export function drawOutcomeIcon(doc: PDFKit.PDFDocument, icon: OutcomeIcon, x: number, y: number, size: number): void {
  const colour = theme.outcome[icon];
  const r = size / 2;
  const cx = x + r;
  const cy = y + r;
  doc.save().lineWidth(1.3).strokeColor(colour).fillColor(colour).lineCap('round').lineJoin('round');
  switch (icon) {
    case 'kept':
      doc.moveTo(x + size * 0.1, y + size * 0.55).lineTo(x + size * 0.4, y + size * 0.85).lineTo(x + size * 0.92, y + size * 0.15).stroke();
      break;
    case 'partlyKept':
      doc.circle(cx, cy, r - 0.6).lineWidth(1).stroke();
      doc.path(`M${cx},${cy - r + 0.6} A${r - 0.6},${r - 0.6} 0 0 0 ${cx},${cy + r - 0.6} Z`).fill();
      break;
    case 'notKept':
      doc.moveTo(x + size * 0.15, y + size * 0.15).lineTo(x + size * 0.85, y + size * 0.85).stroke();
      doc.moveTo(x + size * 0.85, y + size * 0.15).lineTo(x + size * 0.15, y + size * 0.85).stroke();
      break;
    case 'renegotiated': {
      const rr = r - 1;
      doc.path(`M${cx + rr},${cy} A${rr},${rr} 0 1 1 ${cx},${cy - rr}`).lineWidth(1.1).stroke();
      doc.path(`M${cx - 0.5},${cy - rr - 2.2} L${cx + 2.2},${cy - rr} L${cx - 0.5},${cy - rr + 2.2} Z`).fill();
      break;
    }
    case 'dropped':
      doc.moveTo(x + size * 0.15, cy).lineTo(x + size * 0.85, cy).stroke();
      break;
    case 'open':
      doc.circle(cx, cy, r - 0.8).lineWidth(1).stroke();
      break;
  }
  doc.restore();
}

export type MarkerShape = 'circle' | 'square' | 'diamond' | 'triangle';

export const markerShapes: MarkerShape[] = ['circle', 'square', 'diamond', 'triangle'];

/** Series markers differ in shape as well as colour, so two partners' lines stay apart in grey print. */
export function drawMarker(doc: PDFKit.PDFDocument, shape: MarkerShape, cx: number, cy: number, r: number, colour: string): void {
  doc.save().fillColor(colour).strokeColor('#FFFFFF').lineWidth(0.8);
  switch (shape) {
    case 'circle':
      doc.circle(cx, cy, r);
      break;
    case 'square':
      doc.rect(cx - r * 0.9, cy - r * 0.9, r * 1.8, r * 1.8);
      break;
    case 'diamond':
      doc.polygon([cx, cy - r * 1.2], [cx + r * 1.2, cy], [cx, cy + r * 1.2], [cx - r * 1.2, cy]);
      break;
    case 'triangle':
      doc.polygon([cx, cy - r * 1.2], [cx + r * 1.1, cy + r * 0.8], [cx - r * 1.1, cy + r * 0.8]);
      break;
  }
  doc.fillAndStroke().restore();
}
