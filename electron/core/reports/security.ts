import { createCipheriv, createHash, randomBytes } from 'node:crypto';

/**
 * AES-256 PDF encryption with revision 6 (ISO 32000-2, Algorithm 2.B): the password is hashed with
 * at least 64 rounds of AES and SHA-256/384/512, where pdfkit's revision 5 hashes it once with
 * SHA-256 (cheap to brute-force). pdfkit keeps encrypting the content with its random file key;
 * this only replaces how that key is locked with the passwords.
 */

const hashes = ['sha256', 'sha384', 'sha512'] as const;

/** Algorithm 2.B: the revision 6 hash of a password with a salt (and, for the owner, the U entry). */
export function hashR6(password: Buffer, salt: Buffer, userEntry: Buffer = Buffer.alloc(0)): Buffer {
  let k = createHash('sha256').update(password).update(salt).update(userEntry).digest();
  for (let round = 0; ; round++) {
    const block = Buffer.concat([password, k, userEntry]);
    const k1 = Buffer.alloc(block.length * 64);
    for (let i = 0; i < 64; i++) block.copy(k1, i * block.length);
    const cipher = createCipheriv('aes-128-cbc', k.subarray(0, 16), k.subarray(16, 32)).setAutoPadding(false);
    const e = Buffer.concat([cipher.update(k1), cipher.final()]);
    let sum = 0;
    for (let i = 0; i < 16; i++) sum += e[i]!;
    k = createHash(hashes[sum % 3]!).update(e).digest();
    if (round >= 63 && e[e.length - 1]! <= round - 31) break;
  }
  return k.subarray(0, 32);
}

// Non-ASCII spaces become spaces; characters "commonly mapped to nothing" go (SASLprep, RFC 4013).
const SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
const mapsToNothing = (cp: number) =>
  cp === 0xad || cp === 0x34f || cp === 0x1806 || (cp >= 0x180b && cp <= 0x180d) || (cp >= 0x200b && cp <= 0x200d) || cp === 0x2060 || (cp >= 0xfe00 && cp <= 0xfe0f) || cp === 0xfeff;

/** A password as revision 6 takes it: SASLprep'd (NFKC), UTF-8, at most 127 bytes. */
export function passwordBytes(password: string): Buffer {
  const prepared = Array.from(password.replace(SPACES, ' '))
    .filter((ch) => !mapsToNothing(ch.codePointAt(0)!))
    .join('')
    .normalize('NFKC');
  const bytes = Buffer.from(prepared, 'utf8');
  if (bytes.length <= 127) return bytes;
  // Cut at a character boundary, as a reader's viewer does.
  let end = 127;
  while (end > 0 && (bytes[end]! & 0xc0) === 0x80) end--;
  return bytes.subarray(0, end);
}

function lockKey(key: Buffer, fileKey: Uint8Array): Buffer {
  const cipher = createCipheriv('aes-256-cbc', key, Buffer.alloc(16)).setAutoPadding(false);
  return Buffer.concat([cipher.update(fileKey), cipher.final()]);
}

export interface R6Entries {
  U: Buffer;
  UE: Buffer;
  O: Buffer;
  OE: Buffer;
}

/** The U, UE, O and OE entries that lock `fileKey` with the user and owner passwords (Algorithm 8 and 9, revision 6). */
export function r6Entries(userPassword: string, ownerPassword: string, fileKey: Uint8Array): R6Entries {
  const user = passwordBytes(userPassword);
  const owner = passwordBytes(ownerPassword);
  const [userValidation, userKeySalt, ownerValidation, ownerKeySalt] = [8, 8, 8, 8].map((n) => randomBytes(n)) as [Buffer, Buffer, Buffer, Buffer];
  const U = Buffer.concat([hashR6(user, userValidation), userValidation, userKeySalt]);
  const UE = lockKey(hashR6(user, userKeySalt), fileKey);
  const O = Buffer.concat([hashR6(owner, ownerValidation, U), ownerValidation, ownerKeySalt]);
  const OE = lockKey(hashR6(owner, ownerKeySalt, U), fileKey);
  return { U, UE, O, OE };
}

interface PdfkitSecurity {
  encryptionKey: Uint8Array;
  dictionary: { data: Record<string, unknown> };
}

/**
 * Turns the AES-256 revision 5 encryption pdfkit set up for `doc` into revision 6: same file key,
 * same permissions (Perms), the passwords locked with Algorithm 2.B. Call right after creating the
 * document, before anything is written.
 */
export function upgradeToRevision6(doc: PDFKit.PDFDocument, userPassword: string, ownerPassword: string): void {
  const internals = doc as unknown as { _security?: PdfkitSecurity; _root: { data: Record<string, unknown> } };
  const security = internals._security;
  if (!security || security.dictionary.data['V'] !== 5) throw new Error('The report was not set up for AES-256.');
  Object.assign(security.dictionary.data, { R: 6, ...r6Entries(userPassword, ownerPassword, security.encryptionKey) });
  // Revision 6 in a PDF 1.7 file: Adobe's extension level 8 (PDF 2.0 made it standard).
  internals._root.data['Extensions'] = { ADBE: { BaseVersion: '1.7', ExtensionLevel: 8 } };
}
