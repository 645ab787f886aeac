import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Backup } from '../../shared/contract/backups';
import { readBackupHeader, readBackupPayload } from '../../electron/core/backup/format';
import { createCore, type Core } from '../../electron/core/index';
import { invoke, makeClient, makeSession, makeTrajectory, openPractice, type TestPractice } from '../support/factories';
import { passphrase } from '../support/tempVault';

/*
 * SIGKILL at random moments during back-up, restore, erasure, recover and rekey, 20 times each:
 * the vault opens with the old or the new credentials, its integrity is ok, nothing acknowledged
 * is lost, and no half-written back-up counts as a back-up.
 */
const rounds = 20;
const worker = join(import.meta.dirname, '../support/faultWorker.ts');

function runUntilKilled(operation: string, dir: string, key: Buffer, args: string[], window: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', worker, operation, dir, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, TRAJECT_TEST_KEY: key.toString('hex') },
    });
    const acks: string[] = [];
    let pending = '';
    let errors = '';
    child.stdout.on('data', (chunk: Buffer) => {
      pending += chunk.toString('utf8');
      const lines = pending.split('\n');
      pending = lines.pop()!;
      for (const line of lines) {
        if (line === 'ready') setTimeout(() => child.kill('SIGKILL'), Math.random() * window);
        else acks.push(JSON.parse(line) as string);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString('utf8')));
    child.on('exit', (code, signal) => (signal === 'SIGKILL' ? resolve(acks) : reject(new Error(`worker exited with ${code}: ${errors}`))));
  });
}

/** Open the vault as the app would after the crash, check it, and hand it to `inspect`. */
async function afterTheKill(dir: string, credentials: object[], inspect: (core: Core) => Promise<void> = async () => undefined): Promise<number> {
  const core = createCore(dir);
  let opened = -1;
  for (const [i, c] of credentials.entries()) {
    if ((await core.dispatch('vault.unlock', c)).ok) {
      opened = i;
      break;
    }
  }
  expect(opened, 'the vault opens with the old or the new credentials').toBeGreaterThanOrEqual(0);
  try {
    expect(core.vault.db().pragma('integrity_check', { simple: true })).toBe('ok');
    const list = await invoke(core, 'backups.list', {});
    expect(list.unreadable, 'no half-written back-up is listed').toEqual([]);
    for (const b of list.items) readBackupPayload(b.path, readBackupHeader(b.path));
    await inspect(core);
    return opened;
  } finally {
    core.vault.closeSession();
  }
}

function dataKeyOf(p: TestPractice): Buffer {
  return Buffer.from(p.core.vault.session().dataKey);
}

describe('a kill at any moment', () => {
  let p: TestPractice;
  let dir: string;
  beforeAll(async () => {
    p = await openPractice();
    dir = join(p.dir, 'vault');
    for (let i = 0; i < 3; i++) {
      const t = await makeTrajectory(p.core, { kind: 'couple' });
      await makeSession(p.core, t);
    }
  });
  afterAll(() => p.close());

  it(`during a back-up, ${rounds} times: every acknowledged back-up is there and whole`, async () => {
    const key = dataKeyOf(p);
    p.core.vault.closeSession();
    const acked: string[] = [];
    for (let round = 0; round < rounds; round++) {
      acked.push(...(await runUntilKilled('backup', dir, key, [], 400)));
      await afterTheKill(dir, [{ passphrase }], async (core) => {
        const paths = new Set((await invoke(core, 'backups.list', {})).items.map((b) => b.path));
        // Rotation keeps every manual back-up: all acknowledged ones must still be listed.
        expect(acked.filter((a) => !paths.has(a))).toEqual([]);
      });
    }
    expect(acked.length).toBeGreaterThan(0);
    await invoke(p.core, 'vault.unlock', { passphrase });
  }, 600_000);

  it(`during a restore, ${rounds} times: the vault holds the one back-up or the other, whole`, async () => {
    const small: Backup = await invoke(p.core, 'backups.create', {});
    await makeClient(p.core, { firstName: 'Extra', lastName: 'Rij' });
    const large: Backup = await invoke(p.core, 'backups.create', {});
    const key = dataKeyOf(p);
    p.core.vault.closeSession();
    const counts = new Set([small.counts.clients, large.counts.clients]);
    for (let round = 0; round < rounds; round++) {
      await runUntilKilled('restore', dir, key, [small.path, large.path], 600);
      await afterTheKill(dir, [{ passphrase }], async (core) => {
        expect(counts.has((await invoke(core, 'clients.list', { archived: 'all' })).total)).toBe(true);
      });
    }
    await invoke(p.core, 'vault.unlock', { passphrase });
  }, 600_000);

  it(`during erasures, ${rounds} times: every acknowledged erasure stays done, the rest of the practice stays`, async () => {
    const ids: number[] = [];
    for (let i = 0; i < 60; i++) {
      const t = await makeTrajectory(p.core, { kind: 'individual', title: `Te wissen ${i}` });
      await makeSession(p.core, t);
      ids.push(t.participants[0]!.clientId);
    }
    const keep = await makeClient(p.core, { firstName: 'Blijft', lastName: 'Altijd' });
    const key = dataKeyOf(p);
    p.core.vault.closeSession();
    const erased: number[] = [];
    for (let round = 0; round < rounds; round++) {
      const left = ids.filter((id) => !erased.includes(id));
      erased.push(...((await runUntilKilled('erase', dir, key, left.map(String), 150)) as unknown as number[]));
      await afterTheKill(dir, [{ passphrase }], async (core) => {
        for (const id of erased) expect((await core.dispatch('clients.get', { id })).ok, `client ${id}`).toBe(false);
        expect((await invoke(core, 'clients.get', { id: keep.id })).lastName).toBe('Altijd');
      });
    }
    expect(erased.length).toBeGreaterThan(0);
    await invoke(p.core, 'vault.unlock', { passphrase });
  }, 600_000);

  it(`during a recovery of the passphrase, ${rounds} times: the old or the new passphrase opens it`, async () => {
    const { recoveryKey } = await invoke(p.core, 'vault.newRecoveryKey', { passphrase });
    p.core.vault.closeSession();
    const phrases = ['eerste nieuwe wachtwoordzin', 'tweede nieuwe wachtwoordzin'];
    let current = passphrase;
    for (let round = 0; round < rounds; round++) {
      const acks = await runUntilKilled('recover', dir, Buffer.alloc(32), [recoveryKey, ...phrases], 2000);
      const last = acks.at(-1) ?? current;
      const following = phrases[(phrases.indexOf(last) + 1) % phrases.length]!;
      // The last acknowledged passphrase, or the one being set when the kill came.
      const candidates = [last, following];
      current = candidates[await afterTheKill(dir, candidates.map((c) => ({ passphrase: c })))]!;
    }
    await invoke(p.core, 'vault.recover', { recoveryKey, newPassphrase: passphrase });
  }, 900_000);

  it(`during a rekey, ${rounds} times: the passphrase opens it, under the old key or the new, with every row`, async () => {
    const clients = (await invoke(p.core, 'clients.list', { archived: 'all' })).total;
    p.core.vault.closeSession();
    for (let round = 0; round < rounds; round++) {
      const probe = createCore(dir);
      await invoke(probe, 'vault.unlock', { passphrase });
      const key = Buffer.from(probe.vault.session().dataKey);
      probe.vault.closeSession();
      await runUntilKilled('rekey', dir, key, [passphrase], 3000);
      await afterTheKill(dir, [{ passphrase }], async (core) => {
        expect((await invoke(core, 'clients.list', { archived: 'all' })).total).toBe(clients);
        expect(await invoke(core, 'audit.verify', {})).toMatchObject({ intact: true });
      });
    }
    await invoke(p.core, 'vault.unlock', { passphrase });
  }, 900_000);
});
