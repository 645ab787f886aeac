import { randomBytes } from 'node:crypto';

export interface Argon2idParams {
  name: 'argon2id';
  memoryKiB: number;
  iterations: number;
  parallelism: number;
  salt: string; // base64
}

/** 64 MiB, 3 passes: OWASP's recommended minimum for Argon2id. */
export const defaultKdf = { memoryKiB: 64 * 1024, iterations: 3, parallelism: 1 } as const;

export function newKdfParams(): Argon2idParams {
  return { name: 'argon2id', ...defaultKdf, salt: randomBytes(16).toString('base64') };
}

/** Refuse parameters weaker than our floor, so a tampered key file cannot downgrade the KDF. */
export function kdfIsStrongEnough(p: Argon2idParams): boolean {
  return p.memoryKiB >= 64 * 1024 && p.iterations >= 3 && p.parallelism >= 1 && p.parallelism <= 16 && p.memoryKiB <= 4 * 1024 * 1024;
}

export async function passphraseKey(passphrase: string, p: Argon2idParams): Promise<Buffer> {
  // Loaded at the first unlock, not at start: a command that needs no key starts faster.
  const { argon2id } = await import('hash-wasm');
  const out = await argon2id({
    password: passphrase.normalize('NFC'),
    salt: Buffer.from(p.salt, 'base64'),
    iterations: p.iterations,
    memorySize: p.memoryKiB,
    parallelism: p.parallelism,
    hashLength: 32,
    outputType: 'binary',
  });
  return Buffer.from(out.buffer, out.byteOffset, out.byteLength);
}
