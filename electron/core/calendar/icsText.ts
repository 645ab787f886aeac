/** RFC 5545 building blocks: escaped TEXT values, lines folded at 75 octets, CRLF endings. */

/** A TEXT value: backslash, semicolon, comma and line breaks escaped (RFC 5545 §3.3.11). */
export function icsText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

/** Fold a content line so no line is longer than 75 octets, never inside a character (RFC 5545 §3.1). */
export function foldLine(line: string): string {
  if (Buffer.byteLength(line, 'utf8') <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let size = 0;
  // A continuation line starts with one space, which counts towards its 75 octets.
  let room = 75;
  for (const character of line) {
    const octets = Buffer.byteLength(character, 'utf8');
    if (size + octets > room) {
      parts.push(current);
      current = '';
      size = 0;
      room = 74;
    }
    current += character;
    size += octets;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** 'YYYY-MM-DDTHH:mm' local wall-clock time as an iCalendar local DATE-TIME: 20261201T140000. */
export function icsLocal(dateTime: string): string {
  return `${dateTime.slice(0, 4)}${dateTime.slice(5, 7)}${dateTime.slice(8, 10)}T${dateTime.slice(11, 13)}${dateTime.slice(14, 16)}00`;
}

/** An instant as an iCalendar UTC DATE-TIME: 20261125T090000Z. */
export function icsUtc(instant: Date): string {
  return `${instant.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
}

/** The lines as one file: every line folded, every line ended with CRLF. */
export function icsFile(lines: readonly string[]): string {
  return lines.map((line) => `${foldLine(line)}\r\n`).join('');
}
