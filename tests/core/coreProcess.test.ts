import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { connectCore, type CoreClient } from '../../electron/core/worker/client';
import type { Client } from '../../shared/contract';
import type { Result } from '../../shared/errors';
import { forkCore } from '../support/coreChild';
import { passphrase, removeDir, tempDir } from '../support/tempVault';

// The core in a real child process (the entry Electron starts as a utility process) on a real encrypted vault.
const folder = tempDir();
const vaultDir = join(folder, 'vault');
const started: ReturnType<typeof forkCore>[] = [];
let client: CoreClient;

function startCore(): ReturnType<typeof forkCore> {
  const child = forkCore();
  started.push(child);
  return child;
}

function value<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

const people = [
  ['Sanne', 'de Vries'],
  ['Joris', 'Bakker'],
  ['Fatima', 'El Amrani'],
  ['Pieter', 'van den Berg'],
  ['Anouk', 'Jansen'],
  ['Daan', 'Visser'],
  ['Lotte', 'Smit'],
  ['Mehmet', 'Yılmaz'],
] as const;

afterAll(() => {
  for (const child of started) if (child.child.exitCode === null) child.kill();
  removeDir(folder);
});

describe('the core in a process of its own', () => {
  it('creates a vault and answers calls one after the other, each with its own answer', async () => {
    client = connectCore(startCore, { vaultDir });
    expect(value(await client.dispatch('vault.status', {}))).toMatchObject({ state: 'absent' });
    expect(value(await client.dispatch('vault.create', { passphrase }))).toHaveProperty('recoveryKey');
    expect(existsSync(join(vaultDir, 'vault.db'))).toBe(true);
    for (const [firstName, lastName] of people.slice(0, 3)) {
      expect(value<Client>(await client.dispatch('clients.create', { firstName, lastName }))).toMatchObject({ firstName, lastName });
    }
    const listed = value<{ items: Client[] }>(await client.dispatch('clients.list', { sort: 'created' }));
    expect(listed.items.map((c) => c.firstName)).toEqual(['Sanne', 'Joris', 'Fatima']);
  });

  it('matches concurrent calls to their answers by id', async () => {
    const created = await Promise.all(people.slice(3).map(([firstName, lastName]) => client.dispatch('clients.create', { firstName, lastName })));
    expect(created.map((r) => value<Client>(r).firstName)).toEqual(['Pieter', 'Anouk', 'Daan', 'Lotte', 'Mehmet']);
    const ids = created.map((r) => value<Client>(r).id);
    const fetched = await Promise.all([...ids].reverse().map((id) => client.dispatch('clients.get', { id })));
    expect(fetched.map((r) => value<Client>(r).id)).toEqual([...ids].reverse());
  });

  it('sends errors back typed, with the field at fault', async () => {
    await expect(client.dispatch('clients.create', { firstName: '', lastName: 'Bakker' })).resolves.toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', field: 'firstName' },
    });
    await expect(client.dispatch('clients.get', { id: 999_999 })).resolves.toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    await expect(client.dispatch('vault.erase', {})).resolves.toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'method' } });
    await expect(client.dispatch(42 as unknown as string, {})).resolves.toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'method' } });
    await expect(client.dispatch('clients.list', { query: () => 'Sanne' })).resolves.toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', reason: 'not_json' },
    });
  });

  it('locks the vault on request, making the back-up of what changed first', async () => {
    await client.lock('quit');
    expect(value(await client.dispatch('vault.status', {}))).toMatchObject({ state: 'locked' });
    expect(readdirSync(join(vaultDir, 'backups'))).toHaveLength(1);
    await expect(client.dispatch('vault.unlock', { passphrase: 'niet de goede zin' })).resolves.toMatchObject({
      ok: false,
      error: { code: 'WRONG_PASSPHRASE', field: 'passphrase' },
    });
  });

  it('answers a call the process could not finish with a clear error instead of waiting forever', async () => {
    const running = started.at(-1)!;
    const unlocking = client.dispatch('vault.unlock', { passphrase });
    running.kill();
    const answer = await unlocking;
    expect(answer).toMatchObject({ ok: false, error: { code: 'INTERNAL', reason: 'core_stopped' } });
    expect(!answer.ok && answer.error.message).toMatch(/data process stopped unexpectedly.*the vault is locked/);
  });

  it('starts a fresh process for the next call, with the vault locked and every client still there', async () => {
    const before = started.length;
    expect(value(await client.dispatch('vault.status', {}))).toMatchObject({ state: 'locked' });
    expect(started.length).toBe(before + 1);
    value(await client.dispatch('vault.unlock', { passphrase }));
    const listed = value<{ total: number }>(await client.dispatch('clients.list', {}));
    expect(listed.total).toBe(people.length);
    await client.lock('manual');
  });

  it('reports a process that ends before it ever listens, with its exit code', async () => {
    const broken = connectCore(() => forkCore({ withoutParentPort: true }), { vaultDir });
    await expect(broken.dispatch('vault.status', {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'INTERNAL', reason: 'core_stopped', message: expect.stringContaining('exit code 1') },
    });
  });

  it('ignores a malformed message, and answers one that names a call', async () => {
    const child = startCore();
    const answers: unknown[] = [];
    child.onMessage((message) => answers.push(message));
    await new Promise<void>((ready) => child.onMessage((message) => (message as { kind: string }).kind === 'ready' && ready()));
    child.send({ kind: 'start', options: { vaultDir } });
    child.send({ kind: 'shutdown' } as never);
    child.send({ kind: 'call', id: 7, method: 'vault.status', input: {}, priority: 'high' } as never);
    child.send({ kind: 'call', id: 8, method: 'vault.status', input: {} });
    await new Promise<void>((done) => child.onMessage((message) => (message as { id?: number }).id === 8 && done()));
    expect(answers.slice(1)).toEqual([
      { kind: 'answer', id: 7, result: { ok: false, error: expect.objectContaining({ code: 'INVALID_INPUT', reason: 'malformed_message' }) } },
      { kind: 'answer', id: 8, result: { ok: true, value: expect.objectContaining({ state: 'locked' }) } },
    ]);
  });
});
