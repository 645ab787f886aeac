import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getHeapSnapshot } from 'node:v8';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../../electron/core/index';
import { failure, invoke, makeClient, openPractice, type TestPractice } from '../support/factories';
import { call, passphrase, removeDir, tempDir } from '../support/tempVault';

const mode = (path: string) => statSync(path).mode & 0o777;

describe('the vault folder', () => {
  let root: string;
  beforeAll(() => {
    root = tempDir();
  });
  afterAll(() => removeDir(root));

  it('is 0700 with files 0600, also when the folder existed with looser modes', async () => {
    const dir = join(root, 'bestond-al');
    mkdirSync(dir, { mode: 0o755 });
    chmodSync(dir, 0o755);
    const core = createCore(dir);
    await call(core, 'vault.create', { passphrase });
    await call(core, 'clients.create', { firstName: 'Els', lastName: 'Modus' });
    core.vault.lock();
    chmodSync(join(dir, 'vault.key'), 0o644);
    await call(core, 'vault.unlock', { passphrase });
    expect(mode(dir)).toBe(0o700);
    for (const name of readdirSync(dir)) expect([name, mode(join(dir, name))]).toEqual([name, statSync(join(dir, name)).isDirectory() ? 0o700 : 0o600]);
    core.vault.lock();
  });

  it('cleans up temp files of a key-file write that a crash cut short', async () => {
    const dir = join(root, 'bestond-al');
    const stray = join(dir, '.vault.key.999999.1764660000000.tmp');
    writeFileSync(stray, 'half');
    const core = createCore(dir);
    await call(core, 'vault.unlock', { passphrase });
    expect(existsSync(stray)).toBe(false);
    core.vault.lock();
  });
});

describe('a read-only vault', () => {
  it('opens to read and answers READ_ONLY to a change', async () => {
    const p = await openPractice();
    await makeClient(p.core, { firstName: 'Alleen', lastName: 'Lezen' });
    p.core.vault.lock();
    const dir = join(p.dir, 'vault');
    const child = join(import.meta.dirname, '../support/readOnlyProbe.ts');
    let result;
    if (process.getuid?.() === 0) {
      // root writes anywhere: read as another user, the way a read-only share behaves
      chmodSync(p.dir, 0o755);
      chmodSync(dir, 0o755);
      for (const name of readdirSync(dir)) if (!statSync(join(dir, name)).isDirectory()) chmodSync(join(dir, name), 0o644);
      result = spawnSync(process.execPath, ['--import', 'tsx', child, dir, passphrase], { uid: 65534, gid: 65534, encoding: 'utf8', cwd: join(import.meta.dirname, '../..') });
    } else {
      chmodSync(dir, 0o555);
      for (const name of readdirSync(dir)) if (!statSync(join(dir, name)).isDirectory()) chmodSync(join(dir, name), 0o444);
      result = spawnSync(process.execPath, ['--import', 'tsx', child, dir, passphrase], { encoding: 'utf8' });
      chmodSync(dir, 0o700);
    }
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual({ readOnly: true, clients: 1, change: 'READ_ONLY' });
    p.close();
  }, 120_000);
});

describe('text a client record accepts', () => {
  let p: TestPractice;
  beforeAll(async () => {
    p = await openPractice();
  });
  afterAll(() => p.close());

  it.each([
    ['a control character', 'Jan\u0007', 'control_character'],
    ['a line break in a name', 'Jan\nde Vries', 'control_character'],
    ['a bidi override', 'Jan\u202Eseirv', 'bidi_override'],
    ['a bidi isolate', '\u2067Jan', 'bidi_override'],
    ['a lone surrogate', 'Jan\uD83D', 'lone_surrogate'],
  ])('refuses %s, naming the field, and saves nothing', async (_what, lastName, reason) => {
    expect(await failure(p.core, 'clients.create', { firstName: 'Test', lastName })).toMatchObject({ code: 'INVALID_INPUT', field: 'lastName', reason });
    expect((await invoke(p.core, 'clients.list', {})).total).toBe(0);
  });

  it('keeps line breaks in long text and letters from every script', async () => {
    const client = await makeClient(p.core, { firstName: 'Zoë 😊', lastName: 'Øster-Ğül' });
    expect(client.firstName).toBe('Zoë 😊');
  });

  it('refuses a date that does not exist', async () => {
    expect(await failure(p.core, 'clients.create', { firstName: 'Feb', lastName: 'Dertig', dateOfBirth: '1990-02-30' })).toMatchObject({
      field: 'dateOfBirth',
    });
  });
});

describe('the data key in memory', () => {
  it('leaves no copy of the key in the heap after the lock, in hex or base64', async () => {
    const p = await openPractice();
    await makeClient(p.core, { firstName: 'Geheugen', lastName: 'Test' });
    const session = p.core.vault.session();
    const key = Buffer.from(session.dataKey);
    const keyBuffer = session.dataKey;
    p.core.vault.lock();
    expect(keyBuffer.every((b) => b === 0)).toBe(true);
    await invoke(p.core, 'vault.unlock', { passphrase });
    p.core.vault.lock();
    // The forms to look for are kept as bytes: a string of them would itself be in the heap.
    const forms = ['hex', 'base64', 'base64url'].map((encoding) => Buffer.from(key.toString(encoding as BufferEncoding), 'latin1'));
    forms.push(Buffer.from(forms[0]!.map((byte) => (byte >= 0x61 ? byte - 0x20 : byte)))); // upper-case hex
    key.fill(0);
    const chunks: Buffer[] = [];
    for await (const chunk of getHeapSnapshot()) chunks.push(Buffer.from(chunk as string, 'latin1'));
    const heap = Buffer.concat(chunks);
    expect(heap.length).toBeGreaterThan(1_000_000);
    for (const form of forms) expect(heap.includes(form)).toBe(false);
    p.close();
  }, 120_000);
});
