import type { webcrypto } from 'node:crypto';
import { z } from 'zod';
import { AppError } from '../../../shared/errors';
import { selfReportedOutcomes } from '../../../shared/contract/forms';
import { itemId } from '../../../shared/questionnaires/definition';
import { publicJwk } from './formKey';

type CryptoKey = webcrypto.CryptoKey;

/*
 * The answer file a form saves: JSON naming the format, the vault key and the form, with the
 * answers encrypted by AES-256-GCM under a key from ECDH (a fresh key pair per file against the
 * vault's public key) and HKDF-SHA-256. The form id is both the HKDF salt and the additional
 * data, so a file cannot be passed off as the answer to another form.
 */

export const answerFileFormat = 'traject-answers';
export const hkdfInfo = 'traject answer file v1';

const base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);

export const answerFile = z
  .object({
    format: z.literal(answerFileFormat),
    version: z.literal(1),
    vault: z.string().regex(/^[0-9a-f]{16}$/),
    formId: z.string().regex(/^[0-9a-f]{32}$/),
    ephemeralPublicKey: publicJwk,
    iv: base64.max(24),
    ciphertext: base64.max(240_000),
  })
  .strict();
export type AnswerFile = z.infer<typeof answerFile>;

/** What the client filled in, as the form encrypted it. */
export const answerPayload = z
  .object({
    formId: z.string().regex(/^[0-9a-f]{32}$/),
    answeredAt: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/),
    answers: z.array(z.object({ itemId, value: z.number().finite().nullable() }).strict()).max(200),
    agreements: z.array(z.object({ agreementId: z.number().int().positive(), outcome: z.enum(selfReportedOutcomes) }).strict()).max(100),
    reflection: z.string().max(2000),
  })
  .strict();
export type AnswerPayload = z.infer<typeof answerPayload>;

const damaged = () => new AppError('INVALID_INPUT', 'This is not a readable answer file; it may be damaged.', 'content', 'answer_file_damaged');

/** Read the outside of an answer file; anything that is not one says so. */
export function parseAnswerFile(content: string): AnswerFile {
  let json: unknown;
  try {
    json = JSON.parse(content);
  } catch {
    throw damaged();
  }
  const parsed = answerFile.safeParse(json);
  if (!parsed.success) throw damaged();
  return parsed.data;
}

const bytes = (text: string) => new TextEncoder().encode(text);

/** Decrypt and check the answers; a changed byte anywhere fails the AES-GCM tag. */
export async function openAnswerFile(file: AnswerFile, privateKey: CryptoKey): Promise<AnswerPayload> {
  try {
    const { kty, crv, x, y } = file.ephemeralPublicKey;
    const ephemeral = await crypto.subtle.importKey('jwk', { kty, crv, x, y }, { name: 'ECDH', namedCurve: 'P-256' }, false, []);
    const shared = await crypto.subtle.deriveBits({ name: 'ECDH', public: ephemeral }, privateKey, 256);
    const hkdf = await crypto.subtle.importKey('raw', shared, 'HKDF', false, ['deriveKey']);
    const key = await crypto.subtle.deriveKey(
      { name: 'HKDF', hash: 'SHA-256', salt: bytes(file.formId), info: bytes(hkdfInfo) },
      hkdf,
      { name: 'AES-GCM', length: 256 },
      false,
      ['decrypt'],
    );
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: Buffer.from(file.iv, 'base64'), additionalData: bytes(file.formId) },
      key,
      Buffer.from(file.ciphertext, 'base64'),
    );
    const payload = answerPayload.parse(JSON.parse(new TextDecoder().decode(plain)));
    if (payload.formId !== file.formId) throw damaged();
    return payload;
  } catch {
    throw damaged();
  }
}
