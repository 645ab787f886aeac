import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { AppError } from '../../../shared/errors';
import { writeFileAtomic } from './atomicWrite';
import { kdfIsStrongEnough, newKdfParams, passphraseKey } from './kdf';

/**
 * The key file: the random data key, wrapped (AES-256-GCM) under a passphrase key and
 * under the recovery key. Layout: one line of JSON, then `sha256:<hex of that line>`,
 * so damage is told apart from a wrong passphrase.
 */
export const keyFileFormat = 'traject-vault-key';
export const keyFileVersion = 1;

const base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, 'not base64');

const argon2idSchema = z
  .object({
    name: z.literal('argon2id'),
    memoryKiB: z.number().int(),
    iterations: z.number().int(),
    parallelism: z.number().int(),
    salt: base64,
  })
  .strict();

const hkdfSchema = z.object({ name: z.literal('hkdf-sha256'), salt: base64 }).strict();

function wrappedKeySchema<K extends z.ZodType>(kdf: K) {
  return z.object({ kdf, iv: base64, ciphertext: base64, tag: base64 }).strict();
}

/** The key file as it must be: anything else in the file is damage or a file that is not ours. */
const keyFileSchema = z
  .object({
    format: z.literal(keyFileFormat),
    version: z.literal(keyFileVersion),
    vaultId: z.string().min(1).max(100),
    createdAt: z.iso.datetime(),
    passphrase: wrappedKeySchema(argon2idSchema),
    recovery: wrappedKeySchema(hkdfSchema),
  })
  .strict();

type HkdfParams = z.infer<typeof hkdfSchema>;
type WrappedKey<K> = Omit<z.infer<ReturnType<typeof wrappedKeySchema>>, 'kdf'> & { kdf: K };
export type KeyFile = z.infer<typeof keyFileSchema>;

type Slot = 'passphrase' | 'recovery';

function associatedData(file: Pick<KeyFile, 'format' | 'version' | 'vaultId'>, slot: Slot, kdf: object): Buffer {
  return Buffer.from(JSON.stringify([file.format, file.version, file.vaultId, slot, kdf]), 'utf8');
}

function wrap<K extends object>(dataKey: Buffer, wrappingKey: Buffer, aad: Buffer, kdf: K): WrappedKey<K> {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', wrappingKey, iv);
  cipher.setAAD(aad);
  const ciphertext = Buffer.concat([cipher.update(dataKey), cipher.final()]);
  return {
    kdf,
    iv: iv.toString('base64'),
    ciphertext: ciphertext.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
  };
}

/** Returns the data key, or null when the wrapping key is wrong. */
function unwrap(wrapped: WrappedKey<object>, wrappingKey: Buffer, aad: Buffer): Buffer | null {
  try {
    const decipher = createDecipheriv('aes-256-gcm', wrappingKey, Buffer.from(wrapped.iv, 'base64'));
    decipher.setAAD(aad);
    decipher.setAuthTag(Buffer.from(wrapped.tag, 'base64'));
    // update() returns the key itself; final() adds nothing for GCM. No concatenated copy is left behind.
    const key = decipher.update(Buffer.from(wrapped.ciphertext, 'base64'));
    try {
      decipher.final();
    } catch (error) {
      key.fill(0);
      throw error;
    }
    if (key.length === 32) return key;
    key.fill(0);
    return null;
  } catch {
    return null;
  }
}

function recoveryWrappingKey(secret: Buffer, kdf: HkdfParams): Buffer {
  // The recovery secret has 160 random bits: a fast KDF is enough, a slow one adds nothing.
  return Buffer.from(hkdfSync('sha256', secret, Buffer.from(kdf.salt, 'base64'), 'traject recovery key wrap', 32));
}

/** A new key file; a rekey passes the vault's id and creation date, so it stays the same vault. */
export async function createKeyFile(
  dataKey: Buffer,
  passphrase: string,
  recoverySecret: Buffer,
  same?: Pick<KeyFile, 'vaultId' | 'createdAt'>,
): Promise<KeyFile> {
  const head = { format: keyFileFormat, version: keyFileVersion, vaultId: same?.vaultId ?? randomUUID() } as const;
  const passphraseKdf = newKdfParams();
  const recoveryKdf: HkdfParams = { name: 'hkdf-sha256', salt: randomBytes(16).toString('base64') };
  const pk = await passphraseKey(passphrase, passphraseKdf);
  const rk = recoveryWrappingKey(recoverySecret, recoveryKdf);
  try {
    return {
      ...head,
      createdAt: same?.createdAt ?? new Date().toISOString(),
      passphrase: wrap(dataKey, pk, associatedData(head, 'passphrase', passphraseKdf), passphraseKdf),
      recovery: wrap(dataKey, rk, associatedData(head, 'recovery', recoveryKdf), recoveryKdf),
    };
  } finally {
    pk.fill(0);
    rk.fill(0);
  }
}

/** A copy of the key file with the passphrase slot rewrapped; the recovery slot is untouched. */
export async function rewrapPassphrase(file: KeyFile, dataKey: Buffer, newPassphrase: string): Promise<KeyFile> {
  const kdf = newKdfParams();
  const pk = await passphraseKey(newPassphrase, kdf);
  try {
    return { ...file, passphrase: wrap(dataKey, pk, associatedData(file, 'passphrase', kdf), kdf) };
  } finally {
    pk.fill(0);
  }
}

/** A copy of the key file with a new recovery key; the old recovery key no longer opens it. */
export function rewrapRecovery(file: KeyFile, dataKey: Buffer, recoverySecret: Buffer): KeyFile {
  const kdf: HkdfParams = { name: 'hkdf-sha256', salt: randomBytes(16).toString('base64') };
  const rk = recoveryWrappingKey(recoverySecret, kdf);
  try {
    return { ...file, recovery: wrap(dataKey, rk, associatedData(file, 'recovery', kdf), kdf) };
  } finally {
    rk.fill(0);
  }
}

export async function unwrapWithPassphrase(file: KeyFile, passphrase: string): Promise<Buffer> {
  const pk = await passphraseKey(passphrase, file.passphrase.kdf);
  try {
    const key = unwrap(file.passphrase, pk, associatedData(file, 'passphrase', file.passphrase.kdf));
    if (!key) throw new AppError('WRONG_PASSPHRASE', 'The passphrase is not correct.', 'passphrase');
    return key;
  } finally {
    pk.fill(0);
  }
}

export function unwrapWithRecoverySecret(file: KeyFile, secret: Buffer): Buffer {
  const rk = recoveryWrappingKey(secret, file.recovery.kdf);
  try {
    const key = unwrap(file.recovery, rk, associatedData(file, 'recovery', file.recovery.kdf));
    if (!key) throw new AppError('WRONG_RECOVERY_KEY', 'The recovery key does not belong to this vault.', 'recoveryKey');
    return key;
  } finally {
    rk.fill(0);
  }
}

export function serializeKeyFile(file: KeyFile): string {
  const body = JSON.stringify(file);
  return `${body}\nsha256:${createHash('sha256').update(body, 'utf8').digest('hex')}\n`;
}

type KeyFileFault = 'not_a_key_file' | 'checksum_mismatch' | 'malformed' | 'weak_kdf';

function damaged(reason: KeyFileFault, where?: string): AppError {
  const message =
    reason === 'not_a_key_file'
      ? 'This is not a Traject key file; the vault was not changed.'
      : `The key file is damaged${where ? ` (${where})` : ''}; the vault was not changed.`;
  return new AppError('KEY_FILE_DAMAGED', message, undefined, reason);
}

export function parseKeyFile(text: string): KeyFile {
  const match = /^([^\n]+)\nsha256:([0-9a-f]{64})\n$/.exec(text);
  if (!match) throw damaged(/^\{[^\n]*"format":"traject-vault-key"/.test(text) ? 'malformed' : 'not_a_key_file');
  const [, body, digest] = match as unknown as [string, string, string];
  if (createHash('sha256').update(body, 'utf8').digest('hex') !== digest) throw damaged('checksum_mismatch');
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    throw damaged('malformed');
  }
  const head = z.object({ format: z.literal(keyFileFormat), version: z.number() }).safeParse(json);
  if (!head.success) throw damaged('not_a_key_file');
  if (head.data.version > keyFileVersion) {
    throw new AppError('VAULT_FROM_NEWER_VERSION', 'This vault was made by a newer version of Traject.');
  }
  const parsed = keyFileSchema.safeParse(json);
  if (!parsed.success) throw damaged('malformed', parsed.error.issues[0]!.path.join('.') || undefined);
  if (!kdfIsStrongEnough(parsed.data.passphrase.kdf)) throw damaged('weak_kdf', 'passphrase.kdf');
  return parsed.data;
}

export function readKeyFile(path: string): KeyFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new AppError('VAULT_ABSENT', 'There is no vault here.');
    throw error;
  }
  return parseKeyFile(text);
}

export function writeKeyFile(path: string, file: KeyFile): void {
  writeFileAtomic(path, serializeKeyFile(file));
}
