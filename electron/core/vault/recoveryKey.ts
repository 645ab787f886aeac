import { createHash, randomBytes } from 'node:crypto';

// Crockford base32: no I, L, O, U, so a key read aloud or retyped is hard to get wrong.
const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const secretBytes = 20; // 160 bits
const checksumBytes = 5; // 40 bits: a typo is caught, not mistaken for a wrong key

function checksum(secret: Buffer): Buffer {
  return createHash('sha256').update('traject-recovery-key').update(secret).digest().subarray(0, checksumBytes);
}

function encode(bytes: Buffer): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += alphabet[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return out;
}

function decode(text: string): Buffer | null {
  let bits = 0;
  let value = 0;
  const out: number[] = [];
  for (const char of text) {
    const digit = alphabet.indexOf(char);
    if (digit < 0) return null;
    value = ((value << 5) | digit) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}

/** A new recovery key: the secret and its display form, eight groups of five. */
export function newRecoveryKey(): { secret: Buffer; display: string } {
  const secret = randomBytes(secretBytes);
  const chars = encode(Buffer.concat([secret, checksum(secret)]));
  return { secret, display: chars.match(/.{5}/g)!.join('-') };
}

export type ParsedRecoveryKey = { ok: true; secret: Buffer } | { ok: false };

/** Accepts any case, spaces or dashes, and the letters people confuse with digits. */
export function parseRecoveryKey(input: string): ParsedRecoveryKey {
  const chars = input
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (chars.length !== ((secretBytes + checksumBytes) * 8) / 5) return { ok: false };
  const bytes = decode(chars);
  if (!bytes || bytes.length !== secretBytes + checksumBytes) return { ok: false };
  const secret = bytes.subarray(0, secretBytes);
  if (!checksum(secret).equals(bytes.subarray(secretBytes))) return { ok: false };
  return { ok: true, secret: Buffer.from(secret) };
}
