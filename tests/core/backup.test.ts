import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Backup, BackupList, Restored } from '../../shared/contract/backups';
import { createCore } from '../../electron/core/index';
import { invoke, makeClient, makeSession, makeTrajectory, openPractice, type TestPractice } from '../support/factories';
import { passphrase } from '../support/tempVault';

describe('back-ups', () => {
  let p: TestPractice;
  let first: Backup;
  beforeAll(async () => {
    p = await openPractice();
    const couple = await makeTrajectory(p.core, { kind: 'couple', title: 'Relatietherapie Jansen–de Boer' });
    await makeSession(p.core, couple);
    await makeClient(p.core, { firstName: 'Ilse', lastName: 'Verbeek' });
    first = await invoke(p.core, 'backups.create', {});
  });
  afterAll(() => p.close());

  it('makes one encrypted file that says what it holds, verified before it counts', async () => {
    expect(first).toMatchObject({ reason: 'manual', counts: { clients: 3, trajectories: 1, sessions: 1 }, opensWithCurrentKey: true, sameVault: true });
    expect(first.fileName).toMatch(/^traject-\d{4}-\d{2}-\d{2}-\d{6}-manual\.traject-backup$/);
    const bytes = readFileSync(first.path);
    expect(bytes.length).toBe(first.bytes);
    for (const text of ['Verbeek', 'Jansen', 'SQLite format 3']) expect(bytes.includes(text)).toBe(false);
    const folder = join(p.dir, 'vault', 'backups');
    expect(readdirSync(folder).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('lists every back-up, newest first, with its summary', async () => {
    await makeClient(p.core, { firstName: 'Daan', lastName: 'Kok' });
    p.clock.set('2026-11-25T11:00:00Z');
    const second = await invoke(p.core, 'backups.create', {});
    const list = await invoke(p.core, 'backups.list', {});
    expect(list.items.map((b) => b.fileName)).toEqual([second.fileName, first.fileName]);
    expect(list.items[0]!.counts.clients).toBe(4);
    expect(list.lastBackupAt).toBe(second.createdAt);
  });

  it('reports its progress while it runs, and is idle afterwards', async () => {
    const phases: string[] = [];
    const running = invoke(p.core, 'backups.create', {});
    for (let i = 0; i < 20; i++) {
      const progress = await invoke(p.core, 'backups.progress', {});
      phases.push(progress.phase);
      await new Promise((resolve) => setImmediate(resolve));
    }
    await running;
    expect(phases).toContain('verifying');
    expect(await invoke(p.core, 'backups.progress', {})).toEqual({ phase: 'idle', percent: 0 });
  });

  it('lists back-ups while the vault is locked, and opens none of them', async () => {
    p.core.vault.lock();
    const list = (await p.core.dispatch('backups.list', {})) as { ok: true; value: BackupList };
    expect(list.ok).toBe(true);
    expect(list.value.items.length).toBeGreaterThanOrEqual(3);
    expect(list.value.items.every((b) => b.opensWithCurrentKey === null && b.sameVault === true)).toBe(true);
    await invoke(p.core, 'vault.unlock', { passphrase });
  });

  it('refuses a back-up with one flipped byte, and leaves the vault untouched', async () => {
    const damaged = join(p.dir, 'damaged.traject-backup');
    const bytes = readFileSync(first.path);
    bytes[Math.floor(bytes.length / 2)]! ^= 0x04;
    writeFileSync(damaged, bytes);
    const before = (await invoke(p.core, 'clients.list', {})).total;
    expect(await p.core.dispatch('backups.restore', { path: damaged })).toMatchObject({ ok: false, error: { code: 'BACKUP_DAMAGED' } });
    expect((await invoke(p.core, 'clients.list', {})).total).toBe(before);
  });

  it('restores a back-up, keeping the current state as a "before restore" back-up that undoes it', async () => {
    await makeClient(p.core, { firstName: 'Na', lastName: 'Deback-up' });
    const restored: Restored = await invoke(p.core, 'backups.restore', { path: first.path });
    expect(restored).toMatchObject({ keptCurrentCredentials: true, erasuresReapplied: 0 });
    expect(restored.undo).toMatchObject({ reason: 'before_restore' });
    expect((await invoke(p.core, 'clients.list', { query: 'Deback-up' })).total).toBe(0);
    expect((await invoke(p.core, 'clients.list', {})).total).toBe(3);
    await invoke(p.core, 'backups.restore', { path: restored.undo!.path });
    expect((await invoke(p.core, 'clients.list', { query: 'Deback-up' })).total).toBe(1);
    // The audit log lost nothing on the way: both restores, and what came before them, are in it.
    const log = (await invoke(p.core, 'audit.list', { limit: 500 })).items.map((e) => e.event);
    expect(log.filter((e) => e === 'backup_restored')).toHaveLength(2);
    expect(log.filter((e) => e === 'backup_made').length).toBeGreaterThanOrEqual(3);
    expect(await invoke(p.core, 'audit.verify', {})).toMatchObject({ intact: true });
  });

  it('restores into a new computer: an empty folder, with the passphrase of the day', async () => {
    const elsewhere = createCore(join(p.dir, 'nieuwe-laptop', 'vault'));
    expect(await elsewhere.dispatch('backups.restore', { path: first.path })).toMatchObject({ ok: false, error: { code: 'BACKUP_KEY_NEEDED' } });
    const restored = await invoke(elsewhere, 'backups.restore', { path: first.path, passphrase });
    expect(restored.keptCurrentCredentials).toBe(false);
    expect((await invoke(elsewhere, 'clients.list', {})).total).toBe(3);
    elsewhere.vault.lock();
    await invoke(elsewhere, 'vault.unlock', { passphrase });
    elsewhere.vault.lock();
    expect(existsSync(join(p.dir, 'nieuwe-laptop', 'vault', 'vault.db.next'))).toBe(false);
  });
});
