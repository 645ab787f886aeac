import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../shared/contract/audit';
import { invoke, makeClient, makeSession, makeTrajectory, openPractice, type TestPractice } from '../support/factories';
import { passphrase } from '../support/tempVault';

describe('the audit log', () => {
  let p: TestPractice;
  let clientId: number;
  beforeAll(async () => {
    p = await openPractice();
    const trajectory = await makeTrajectory(p.core, { kind: 'individual', title: 'Coaching Bakker' });
    clientId = trajectory.participants[0]!.clientId;
    const session = await makeSession(p.core, trajectory);
    await invoke(p.core, 'clients.get', { id: clientId });
    await invoke(p.core, 'clients.get', { id: clientId }); // the same visit: not written twice
    await invoke(p.core, 'trajectories.detail', { id: trajectory.id });
    await invoke(p.core, 'sessions.workspace', { id: session.id });
    await invoke(p.core, 'reports.export', { trajectoryId: trajectory.id, audience: { kind: 'joint' } });
    p.core.vault.lock();
    expect((await p.core.dispatch('vault.unlock', { passphrase: 'fout fout fout' })).ok).toBe(false);
    await invoke(p.core, 'vault.unlock', { passphrase });
    await invoke(p.core, 'vault.changePassphrase', { currentPassphrase: passphrase, newPassphrase: passphrase });
    await invoke(p.core, 'backups.create', {});
  });
  afterAll(() => p.close());

  async function events(clientFilter?: number): Promise<AuditEntry[]> {
    return (await invoke(p.core, 'audit.list', clientFilter === undefined ? {} : { clientId: clientFilter })).items;
  }

  it('records unlocks, failed unlocks, locks, opened records, exports, back-ups and passphrase changes', async () => {
    const names = (await events()).map((e) => e.event).reverse();
    expect(names).toEqual([
      'unlock',
      'client_opened',
      'trajectory_opened',
      'session_opened',
      'report_exported',
      'lock',
      'backup_made', // locking after changes makes a back-up
      'unlock_failed',
      'unlock',
      'passphrase_changed',
      'backup_made',
    ]);
    const opened = (await events()).find((e) => e.event === 'client_opened')!;
    expect(opened).toMatchObject({ clientId, practitioner: expect.any(String), device: expect.any(String) });
    expect(opened.practitioner.length).toBeGreaterThan(0);
  });

  it('shows one client\'s file: the client and their trajectories, nobody else', async () => {
    const other = await makeClient(p.core, { firstName: 'Ander', lastName: 'Iemand' });
    await invoke(p.core, 'clients.get', { id: other.id });
    const mine = await events(clientId);
    expect(mine.map((e) => e.event).sort()).toEqual(['client_opened', 'report_exported', 'session_opened', 'trajectory_opened']);
    expect(mine.every((e) => e.clientId !== other.id)).toBe(true);
  });

  it('names no client and holds no text: ids only', async () => {
    const db = p.core.vault.db();
    const dump = JSON.stringify(db.prepare('SELECT * FROM audit_event').all());
    expect(dump).not.toContain('Bakker');
    expect(dump).not.toContain('Testpersoon');
  });

  it('refuses every change and every removal of an entry', () => {
    const db = p.core.vault.db();
    expect(() => db.prepare(`UPDATE audit_event SET event = 'lock' WHERE id = 2`).run()).toThrow(/append_only/);
    expect(() => db.prepare('DELETE FROM audit_event WHERE id = 2').run()).toThrow(/append_only/);
  });

  it('verifies the chain, and names the first entry that was changed or removed behind its back', async () => {
    expect(await invoke(p.core, 'audit.verify', {})).toMatchObject({ intact: true, entries: expect.any(Number) });
    const db = p.core.vault.db();
    db.exec('DROP TRIGGER audit_event_no_update; DROP TRIGGER audit_event_no_delete;');
    db.prepare(`UPDATE audit_event SET client_id = 999 WHERE id = 2`).run();
    expect(await invoke(p.core, 'audit.verify', {})).toEqual({ intact: false, entries: expect.any(Number), firstBrokenId: 2, problem: 'mac_mismatch' });
    db.prepare(`UPDATE audit_event SET client_id = ? WHERE id = 2`).run(clientId);
    expect(await invoke(p.core, 'audit.verify', {})).toMatchObject({ intact: true });
    db.prepare('DELETE FROM audit_event WHERE id = 5').run();
    expect(await invoke(p.core, 'audit.verify', {})).toMatchObject({ intact: false, firstBrokenId: 5, problem: 'missing_entry' });
  });
});

describe('the audit log of another vault folder', () => {
  it('keeps the time of a failed unlock until the next unlock writes it in the log', async () => {
    const p = await openPractice();
    p.core.vault.lock();
    p.clock.set('2026-11-26T08:00:00Z');
    await p.core.dispatch('vault.unlock', { passphrase: 'helemaal verkeerd' });
    p.clock.set('2026-11-26T09:00:00Z');
    await invoke(p.core, 'vault.unlock', { passphrase });
    const failed = (await invoke(p.core, 'audit.list', { event: 'unlock_failed' })).items;
    expect(failed.map((e) => e.at)).toEqual(['2026-11-26T08:00:00.000Z']);
    p.close();
  });
});
