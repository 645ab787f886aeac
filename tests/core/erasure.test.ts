import { copyFileSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Backup } from '../../shared/contract/backups';
import type { Trajectory } from '../../shared/contract';
import { keyDatabase } from '../../electron/core/vault/rawKey';
import { failure, invoke, makeAgreement, makeClient, makeGoal, makeSession, makeTrajectory, openPractice, type TestPractice } from '../support/factories';
import { passphrase, removeDir, tempDir } from '../support/tempVault';

/** Every text of the erased partner: each must be gone from every page afterwards. */
const canaries = {
  surname: 'Zwanenburg-Oostervaart',
  email: 'kwartel.erase@voorbeeld.nl',
  summary: 'gedeelde tekst PELIKAAN-SUMMARY',
  privateNotes: 'privé tekst FLAMINGO-PRIVATE',
  agreement: 'afspraak van haar KRAANVOGEL-AFSPRAAK',
  rating: 'score-notitie REIGER-RATING',
};

/** The decrypted pages of a copy of the database and its WAL, as bytes. */
function decryptedPages(vaultDir: string, key: Buffer): Buffer {
  const dir = tempDir('traject-erasure-copy-');
  for (const name of ['vault.db', 'vault.db-wal']) {
    if (existsSync(join(vaultDir, name))) copyFileSync(join(vaultDir, name), join(dir, name));
  }
  const db = new Database(join(dir, 'vault.db'));
  try {
    keyDatabase(db, key);
    return db.serialize();
  } finally {
    db.close();
    removeDir(dir);
  }
}

function foundIn(bytes: Buffer, text: string): boolean {
  return [text, text.toLowerCase(), text.toUpperCase()].some((t) => bytes.includes(Buffer.from(t, 'utf8')));
}

describe('erasing a partner of a couple', () => {
  let p: TestPractice;
  let couple: Trajectory;
  let erased: number;
  let stays: number;
  let older: Backup;
  let key: Buffer;
  beforeAll(async () => {
    p = await openPractice();
    const partner = await makeClient(p.core, { firstName: 'Kwartel', lastName: canaries.surname, email: canaries.email });
    const other = await makeClient(p.core, { firstName: 'Merel', lastName: 'Blijft' });
    couple = await makeTrajectory(p.core, {
      kind: 'couple',
      participants: [
        { clientId: partner.id, role: 'partner' },
        { clientId: other.id, role: 'partner' },
      ],
    });
    erased = partner.id;
    stays = other.id;
    const [pa, pb] = couple.participants;
    const joint = await makeSession(p.core, couple);
    await invoke(p.core, 'sessions.saveNotes', { id: joint.id, summary: 'Samen besproken: wat vertrouwen nodig heeft.' });
    const own = await makeSession(p.core, couple, { attendeeIds: [pa!.id] });
    await invoke(p.core, 'sessions.saveNotes', { id: own.id, summary: canaries.summary, privateNotes: canaries.privateNotes });
    await makeAgreement(p.core, own, { owner: { kind: 'participant', participantId: pa!.id }, text: canaries.agreement });
    const goal = await makeGoal(p.core, couple);
    await invoke(p.core, 'goals.rate', { goalId: goal.id, sessionId: joint.id, participantId: pa!.id, value: 4, note: canaries.rating });
    await invoke(p.core, 'goals.rate', { goalId: goal.id, sessionId: joint.id, participantId: pb!.id, value: 6 });
    const hers = await makeSession(p.core, couple, { attendeeIds: [pb!.id] });
    await invoke(p.core, 'sessions.saveNotes', { id: hers.id, summary: 'Merel haar eigen sessie.' });
    older = await invoke(p.core, 'backups.create', {});
    key = Buffer.from(p.core.vault.session().dataKey);
  });
  afterAll(() => p.close());

  it('shows what will go, and asks a reason while the retention period has not passed', async () => {
    const check = await invoke(p.core, 'erasure.check', { clientId: erased });
    expect(check).toMatchObject({ retentionPassed: false, trajectoriesRemoved: [], trajectoriesKept: [{ id: couple.id }], sessionsRemoved: 1 });
    expect(check.retainUntil! > '2046-01-01').toBe(true);
    expect(await failure(p.core, 'erasure.erase', { clientId: erased, confirm: true })).toMatchObject({ field: 'reason', reason: 'retention_not_passed' });
    expect(await failure(p.core, 'erasure.erase', { clientId: erased, confirm: true, reason: 'retention_passed' })).toMatchObject({ field: 'reason' });
    expect((await invoke(p.core, 'clients.get', { id: erased })).lastName).toBe(canaries.surname);
  });

  it('erases the partner everywhere and keeps the other partner whole', async () => {
    const done = await invoke(p.core, 'erasure.erase', { clientId: erased, confirm: true, reason: 'client_request' });
    expect(done).toMatchObject({ clientId: erased, reason: 'client_request' });
    // The journal was checkpointed and truncated: no frame with her old pages is left in it.
    const wal = join(p.dir, 'vault', 'vault.db-wal');
    expect(existsSync(wal) ? statSync(wal).size : 0).toBe(0);
    expect(await failure(p.core, 'clients.get', { id: erased })).toMatchObject({ code: 'NOT_FOUND' });
    const detail = await invoke(p.core, 'trajectories.detail', { id: couple.id });
    expect(detail.trajectory.participants.map((x) => x.clientId)).toEqual([stays]);
    expect((await invoke(p.core, 'sessions.list', { trajectoryId: couple.id })).items).toHaveLength(2);
    for (const text of Object.values(canaries)) {
      const hits = await invoke(p.core, 'search.query', { query: text.split(' ').at(-1)! });
      expect(JSON.stringify(hits), text).not.toContain(text.split(' ').at(-1)!);
    }
  });

  it('leaves no text of hers in the decrypted pages of a copy, the WAL written since included', () => {
    const pages = decryptedPages(join(p.dir, 'vault'), key);
    expect(foundIn(pages, 'Merel')).toBe(true); // the copy is readable: the absence below means something
    for (const text of Object.values(canaries)) expect(foundIn(pages, text), text).toBe(false);
  });

  it('keeps a tombstone with an id, the date and a reason category, nothing personal', () => {
    const rows = p.core.vault.db().prepare('SELECT * FROM erasure').all();
    expect(rows).toEqual([{ client_id: erased, erased_at: '2026-11-25T10:00:00.000Z', reason: 'client_request' }]);
  });

  it('does not bring her back when an older back-up is restored', async () => {
    const restored = await invoke(p.core, 'backups.restore', { path: older.path });
    expect(restored.erasuresReapplied).toBe(1);
    expect(await failure(p.core, 'clients.get', { id: erased })).toMatchObject({ code: 'NOT_FOUND' });
    expect((await invoke(p.core, 'clients.get', { id: stays })).lastName).toBe('Blijft');
    const pages = decryptedPages(join(p.dir, 'vault'), key);
    for (const text of Object.values(canaries)) expect(foundIn(pages, text), text).toBe(false);
  });
});

describe('retention', () => {
  it('lists trajectories whose retention period has passed, and then erasure needs no other reason', async () => {
    const p = await openPractice();
    const t = await makeTrajectory(p.core, { kind: 'individual', title: 'Afgerond coachingtraject' });
    expect((await invoke(p.core, 'retention.list', {})).items).toEqual([]);
    p.clock.set('2047-01-01T10:00:00Z');
    const due = (await invoke(p.core, 'retention.list', {})).items;
    expect(due).toMatchObject([{ trajectoryId: t.id, passed: true, retainUntil: '2046-11-25' }]);
    const clientId = t.participants[0]!.clientId;
    expect(await invoke(p.core, 'erasure.check', { clientId })).toMatchObject({ retentionPassed: true, trajectoriesRemoved: [{ id: t.id }] });
    expect(await invoke(p.core, 'erasure.erase', { clientId, confirm: true })).toMatchObject({ reason: 'retention_passed' });
    expect((await invoke(p.core, 'trajectories.list', { status: 'all' })).total).toBe(0);
    p.close();
  });
});

describe('after an erasure', () => {
  it('never gives a new client the id of an erased one, so a tombstone cannot erase a newcomer', async () => {
    const p = await openPractice();
    await makeClient(p.core, { firstName: 'Eerste', lastName: 'Blijft' });
    const last = await makeClient(p.core, { firstName: 'Laatste', lastName: 'Gewist' });
    await invoke(p.core, 'erasure.erase', { clientId: last.id, confirm: true, reason: 'entered_by_mistake' });
    const newcomer = await makeClient(p.core, { firstName: 'Nieuw', lastName: 'Na het wissen' });
    expect(newcomer.id).toBeGreaterThan(last.id);
    p.core.vault.lock();
    await invoke(p.core, 'vault.unlock', { passphrase });
    expect((await invoke(p.core, 'clients.get', { id: newcomer.id })).lastName).toBe('Na het wissen');
    p.close();
  });
});
