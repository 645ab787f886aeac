import { createHash, type webcrypto } from 'node:crypto';

import { z } from 'zod';
import { AppError } from '../../../shared/errors';
import type { Db } from '../db/open';

type CryptoKey = webcrypto.CryptoKey;

/**
 * The vault's key pair for sealed forms (ECDH P-256). The public key goes into every form file;
 * the private key stays in the vault's encrypted database, so only this vault opens the answers.
 */
export interface FormKey {
  publicJwk: PublicJwk;
  /** Short fingerprint of the public key: an answer file names it, so one for another vault is told apart. */
  keyId: string;
  privateKey: CryptoKey;
}

const settingKey = 'formKeyPair';
const ecdh = { name: 'ECDH', namedCurve: 'P-256' } as const;

export const publicJwk = z.object({ kty: z.literal('EC'), crv: z.literal('P-256'), x: z.string().max(64), y: z.string().max(64) });
export type PublicJwk = z.infer<typeof publicJwk>;
const storedPair = z.object({ publicJwk, privateJwk: publicJwk.extend({ d: z.string().max(64) }) });

export function keyIdOf(jwk: PublicJwk): string {
  return createHash('sha256').update(`${jwk.crv}:${jwk.x}:${jwk.y}`).digest('hex').slice(0, 16);
}

function readPair(db: Db): z.infer<typeof storedPair> | null {
  const row = db.prepare(`SELECT value FROM setting WHERE key = ?`).get(settingKey) as { value: string } | undefined;
  if (!row) return null;
  const parsed = storedPair.safeParse(JSON.parse(row.value));
  if (!parsed.success) throw new AppError('DATABASE_DAMAGED', 'The key pair for sealed forms is damaged.');
  return parsed.data;
}

async function load(pair: z.infer<typeof storedPair>): Promise<FormKey> {
  const { kty, crv, x, y, d } = pair.privateJwk;
  const privateKey = await crypto.subtle.importKey('jwk', { kty, crv, x, y, d }, ecdh, false, ['deriveBits']);
  const { kty: k, crv: c, x: px, y: py } = pair.publicJwk;
  const pub = { kty: k, crv: c, x: px, y: py };
  return { publicJwk: pub, keyId: keyIdOf(pub), privateKey };
}

/** The vault's form key, if forms were ever made. */
export async function existingFormKey(db: Db): Promise<FormKey | null> {
  const pair = readPair(db);
  return pair ? load(pair) : null;
}

/** The vault's form key, made on first use. */
export async function formKey(db: Db): Promise<FormKey> {
  const existing = readPair(db);
  if (existing) return load(existing);
  const generated = await crypto.subtle.generateKey(ecdh, true, ['deriveBits']);
  const pair = storedPair.parse({
    publicJwk: await crypto.subtle.exportKey('jwk', generated.publicKey),
    privateJwk: await crypto.subtle.exportKey('jwk', generated.privateKey),
  });
  // Another call may have made one meanwhile (generation is async): the first stored pair wins.
  db.prepare(`INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING`).run(settingKey, JSON.stringify(pair));
  return load(readPair(db)!);
}
