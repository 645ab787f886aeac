import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { passphrase, removeDir, tempDir } from '../support/tempVault';

const run = promisify(execFile);
const bin = join(import.meta.dirname, '../../electron/cli/traject.mjs');

async function traject(args: string[], env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], { env: { ...process.env, ...env } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('the traject command', () => {
  let dir: string;
  let vault: string;
  let passphraseFile: string;
  beforeAll(() => {
    dir = tempDir();
    vault = join(dir, 'vault');
    passphraseFile = join(dir, 'passphrase.txt');
    writeFileSync(passphraseFile, `${passphrase}\n`);
  });
  afterAll(() => removeDir(dir));

  it('creates a vault and prints the recovery key in groups', async () => {
    const result = await traject(['init', '--vault', vault], { TRAJECT_PASSPHRASE: passphrase });
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toMatch(/^([0-9A-Z]{5}-){7}[0-9A-Z]{5}$/);
  });

  it('adds and lists a client with a passphrase file, printing JSON', async () => {
    const created = await traject(['call', 'clients.create', '{"firstName":"Joost","lastName":"Hendriks"}', '--vault', vault, '--passphrase-file', passphraseFile]);
    expect(created.code).toBe(0);
    expect(JSON.parse(created.stdout)).toMatchObject({ firstName: 'Joost', lastName: 'Hendriks' });
    const listed = await traject(['call', 'clients.list', '{"query":"joost"}', '--vault', vault], { TRAJECT_PASSPHRASE: passphrase });
    expect(JSON.parse(listed.stdout)).toMatchObject({ total: 1 });
  });

  it('exits non-zero with the error JSON on invalid input', async () => {
    const result = await traject(['call', 'clients.create', '{"firstName":"Joost"}', '--vault', vault], { TRAJECT_PASSPHRASE: passphrase });
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'INVALID_INPUT', field: 'lastName' }),
    });
  });

  it('exits non-zero on a wrong passphrase', async () => {
    const result = await traject(['call', 'clients.list', '--vault', vault], { TRAJECT_PASSPHRASE: 'verkeerd wachtwoord' });
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).error.code).toBe('WRONG_PASSPHRASE');
  });

  it('does not take a passphrase as an argument', async () => {
    const result = await traject(['call', 'vault.unlock', `{"passphrase":"${passphrase}"}`, '--vault', vault]);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).error).toMatchObject({ code: 'INVALID_INPUT', field: 'method' });
    const flag = await traject(['call', 'clients.list', '--vault', vault, '--passphrase', passphrase]);
    expect(flag.code).toBe(2);
  });

  it('lists every method with its input as JSON Schema', async () => {
    const result = await traject(['methods']);
    const methods = JSON.parse(result.stdout) as Record<string, { input: { type: string } }>;
    expect(methods['clients.create']?.input).toMatchObject({ type: 'object', required: expect.arrayContaining(['firstName', 'lastName']) });
    expect(Object.keys(methods)).toContain('vault.status');
  });
});
