import { crc32, deflateSync } from 'node:zlib';

/** A small practice logo (two overlapping rings) as a real PNG, drawn here so tests need no image files. */
export function makeLogoPng(size = 160): Uint8Array {
  const rings = [
    { cx: size * 0.38, cy: size * 0.5, colour: [29, 75, 87] },
    { cx: size * 0.62, cy: size * 0.5, colour: [168, 94, 53] },
  ];
  const radius = size * 0.27;
  const stroke = size * 0.07;
  const rows: Buffer[] = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) {
      let pixel = [0, 0, 0, 0];
      for (const ring of rings) {
        const d = Math.abs(Math.hypot(x + 0.5 - ring.cx, y + 0.5 - ring.cy) - radius);
        const coverage = Math.max(0, Math.min(1, stroke / 2 - d + 0.5));
        if (coverage > 0) pixel = [...ring.colour, Math.round(255 * coverage)];
      }
      row.set(pixel, 1 + x * 4);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}
