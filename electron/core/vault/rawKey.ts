import type { Db } from '../db/open';

const hexDigits = '0123456789abcdef';

/**
 * SQLCipher's raw-key form `x'<64 hex digits>'`, built byte by byte in a Buffer: the key never
 * becomes a JavaScript string, which could not be wiped and would outlive the lock in the heap.
 */
function rawKeyForm(key: Buffer): Buffer {
  const raw = Buffer.alloc(3 + key.length * 2); // alloc, not allocUnsafe: never a slice of the shared pool
  raw[0] = 0x78; // x
  raw[1] = 0x27; // '
  for (let i = 0; i < key.length; i++) {
    raw[2 + 2 * i] = hexDigits.charCodeAt(key[i]! >> 4);
    raw[3 + 2 * i] = hexDigits.charCodeAt(key[i]! & 15);
  }
  raw[raw.length - 1] = 0x27;
  return raw;
}

/** Key a freshly opened connection (SQLCipher 4 format); the raw form is wiped at once. */
export function keyDatabase(db: Db, key: Buffer): void {
  db.pragma(`cipher='sqlcipher'`);
  db.pragma('legacy=4');
  const raw = rawKeyForm(key);
  try {
    db.key(raw);
  } finally {
    raw.fill(0);
  }
}

/** Re-encrypt an open connection (journal mode DELETE: SQLCipher cannot rekey under WAL). */
export function rekeyDatabase(db: Db, key: Buffer): void {
  const raw = rawKeyForm(key);
  try {
    db.rekey(raw);
  } finally {
    raw.fill(0);
  }
}
