// Writes answer files the way a form file does in the browser (same WebCrypto steps), for core
// tests that need many of them; the real form file is exercised in Chromium by the e2e spec.
import type { webcrypto } from 'node:crypto';
import type { SealedFormFile } from '../../shared/contract';

export interface FormData {
  formId: string;
  vault: string;
  publicKey: webcrypto.JsonWebKey;
  itemIds: string[];
  agreementIds: number[];
  fileName: string;
}

/** The data a form file carries, read from its HTML like its own script does. */
export function formDataOf(form: Pick<SealedFormFile, 'html'>): FormData {
  const match = /<script type="application\/json" id="form-data">(.*?)<\/script>/s.exec(form.html);
  if (!match) throw new Error('no form data in this form file');
  return JSON.parse(match[1]!) as FormData;
}

export interface Answers {
  answers: { itemId: string; value: number | null }[];
  agreements?: { agreementId: number; outcome: 'kept' | 'partly_kept' | 'not_kept' }[];
  reflection?: string;
  answeredAt?: string;
}

const enc = new TextEncoder();

export async function sealAnswers(data: FormData, answers: Answers, formId = data.formId): Promise<string> {
  const ecdh = { name: 'ECDH', namedCurve: 'P-256' } as const;
  const vaultKey = await crypto.subtle.importKey('jwk', data.publicKey, ecdh, false, []);
  const mine = await crypto.subtle.generateKey(ecdh, true, ['deriveBits']);
  const shared = await crypto.subtle.deriveBits({ name: 'ECDH', public: vaultKey }, mine.privateKey, 256);
  const hkdf = await crypto.subtle.importKey('raw', shared, 'HKDF', false, ['deriveKey']);
  const key = await crypto.subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt: enc.encode(formId), info: enc.encode('traject answer file v1') },
    hkdf,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt'],
  );
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const payload = {
    formId,
    answeredAt: answers.answeredAt ?? '2026-11-24T20:15',
    answers: answers.answers,
    agreements: answers.agreements ?? [],
    reflection: answers.reflection ?? '',
  };
  const sealed = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: enc.encode(formId) }, key, enc.encode(JSON.stringify(payload)));
  const pub = await crypto.subtle.exportKey('jwk', mine.publicKey);
  return JSON.stringify({
    format: 'traject-answers',
    version: 1,
    vault: data.vault,
    formId,
    ephemeralPublicKey: { kty: pub.kty, crv: pub.crv, x: pub.x, y: pub.y },
    iv: Buffer.from(iv).toString('base64'),
    ciphertext: Buffer.from(sealed).toString('base64'),
  });
}
