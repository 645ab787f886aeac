import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../../electron/core';
import { makeVault, passphrase, removeDir, snapshotFolder } from '../support/tempVault';

type Made = Awaited<ReturnType<typeof makeVault>>;
let made: Made;
let keyPath: string;
let original: string;
let keyFile: Record<string, unknown> & { passphrase: { kdf: Record<string, unknown> } };

/** A key file with a checksum that matches its line: only what the line says can be wrong. */
function signed(body: unknown): string {
  const line = JSON.stringify(body);
  return `${line}\nsha256:${createHash('sha256').update(line, 'utf8').digest('hex')}\n`;
}

async function unlockWith(text: string) {
  writeFileSync(keyPath, text);
  const before = snapshotFolder(made.dir);
  try {
    const result = await createCore(made.dir).dispatch('vault.unlock', { passphrase });
    expect(snapshotFolder(made.dir)).toEqual(before);
    return result;
  } finally {
    writeFileSync(keyPath, original);
  }
}

beforeAll(async () => {
  made = await makeVault();
  made.core.vault.lock();
  keyPath = join(made.dir, 'vault.key');
  original = readFileSync(keyPath, 'utf8');
  keyFile = JSON.parse(original.split('\n')[0]!) as typeof keyFile;
});
afterAll(() => removeDir(join(made.dir, '..')));

describe('reading the key file', () => {
  it('unlocks with the key file as written', async () => {
    await expect(createCore(made.dir).dispatch('vault.unlock', { passphrase })).resolves.toMatchObject({ ok: true });
    made.core.vault.lock();
  });

  it.each([
    ['a PDF', '%PDF-1.7\n%âãÏÓ\n'],
    ['another program’s settings', signed({ format: 'electron-settings', version: 1, theme: 'dark' })],
    ['an empty file', ''],
  ])('says that %s is not a Traject key file, and changes nothing', async (_what, text) => {
    await expect(unlockWith(text)).resolves.toEqual({
      ok: false,
      error: { code: 'KEY_FILE_DAMAGED', reason: 'not_a_key_file', message: 'This is not a Traject key file; the vault was not changed.' },
    });
  });

  it('calls a key file cut short damaged', async () => {
    await expect(unlockWith(original.slice(0, original.length - 20))).resolves.toMatchObject({
      ok: false,
      error: { code: 'KEY_FILE_DAMAGED', reason: 'malformed' },
    });
  });

  it('calls a key file whose checksum does not match damaged', async () => {
    await expect(unlockWith(original.replace('"version":1', '"version":1 '))).resolves.toMatchObject({
      ok: false,
      error: { code: 'KEY_FILE_DAMAGED', reason: 'checksum_mismatch' },
    });
  });

  type KeyFile = typeof keyFile;
  it.each<[string, (file: KeyFile) => Record<string, unknown>, string]>([
    ['the recovery slot is missing', () => ({ recovery: undefined }), 'recovery'],
    ['a number is written as text', (file) => ({ passphrase: { ...file.passphrase, kdf: { ...file.passphrase.kdf, iterations: '3' } } }), 'passphrase.kdf.iterations'],
    ['the IV is not base64', (file) => ({ passphrase: { ...file.passphrase, iv: 'ik ben geen base64!' } }), 'passphrase.iv'],
    ['a field was added', () => ({ note: 'extra' }), ''],
  ])('names where a correctly signed key file is wrong when %s', async (_what, change, where) => {
    const result = await unlockWith(signed({ ...keyFile, ...change(keyFile) }));
    expect(result).toMatchObject({ ok: false, error: { code: 'KEY_FILE_DAMAGED', reason: 'malformed' } });
    if (where) expect(!result.ok && result.error.message).toBe(`The key file is damaged (${where}); the vault was not changed.`);
  });

  it('refuses a key derivation weaker than the floor, so a tampered file cannot make guessing cheap', async () => {
    const weak = signed({ ...keyFile, passphrase: { ...keyFile.passphrase, kdf: { ...keyFile.passphrase.kdf, memoryKiB: 1024, iterations: 1 } } });
    await expect(unlockWith(weak)).resolves.toMatchObject({ ok: false, error: { code: 'KEY_FILE_DAMAGED', reason: 'weak_kdf' } });
  });

  it('says a key file from a newer Traject is newer, not damaged', async () => {
    await expect(unlockWith(signed({ ...keyFile, version: 2, somethingNew: true }))).resolves.toMatchObject({
      ok: false,
      error: { code: 'VAULT_FROM_NEWER_VERSION' },
    });
  });
});
