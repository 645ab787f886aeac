import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../../electron/core/index';
import { openDatabase } from '../../electron/core/db/open';
import { call, failedUnlockNote, makeVault, passphrase, removeDir, snapshotFolder } from '../support/tempVault';

type Vault = Awaited<ReturnType<typeof makeVault>>;

describe('an encrypted vault', () => {
  let v: Vault;
  beforeAll(async () => {
    v = await makeVault();
    await call(v.core, 'clients.create', { firstName: 'Canary', lastName: 'ZEBRA-CANARY-7731' });
  });
  afterAll(() => {
    v.core.vault.lock();
    removeDir(join(v.dir, '..'));
  });

  it('keeps a client name out of the database file and the WAL', () => {
    for (const name of ['vault.db', 'vault.db-wal']) {
      const bytes = readFileSync(join(v.dir, name));
      expect(bytes.length).toBeGreaterThan(0);
      expect(bytes.includes('ZEBRA-CANARY-7731')).toBe(false);
      expect(bytes.includes(Buffer.from('ZEBRA-CANARY-7731', 'utf16le'))).toBe(false);
    }
  });

  it('does not start with the plain SQLite header', () => {
    expect(readFileSync(join(v.dir, 'vault.db')).subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\0');
  });

  it('refuses a wrong passphrase, leaves the vault as it was and notes only the time of the attempt', async () => {
    v.core.vault.lock();
    const before = snapshotFolder(v.dir, [failedUnlockNote]);
    const result = await v.core.dispatch('vault.unlock', { passphrase: 'rustige zee bij Egmond!' });
    expect(result).toMatchObject({ ok: false, error: { code: 'WRONG_PASSPHRASE', field: 'passphrase' } });
    expect(snapshotFolder(v.dir, [failedUnlockNote])).toEqual(before);
    expect(readFileSync(join(v.dir, failedUnlockNote), 'utf8')).toMatch(/^\d{4}-\d{2}-\d{2}T[\d:.]+Z\n$/);
    expect(await v.core.dispatch('clients.list', {})).toMatchObject({ ok: false, error: { code: 'VAULT_LOCKED' } });
  });

  it('unlocks with the recovery key, typed in lower case with spaces', async () => {
    v.core.vault.lock();
    const typed = v.recoveryKey.toLowerCase().replaceAll('-', ' ');
    await call(v.core, 'vault.unlock', { recoveryKey: typed });
    const list = await call<{ total: number }>(v.core, 'clients.list', { query: 'zebra' });
    expect(list.total).toBe(1);
  });

  it('tells a typo in the recovery key apart from a key of another vault', async () => {
    v.core.vault.lock();
    const last = v.recoveryKey.at(-1) === 'A' ? 'B' : 'A';
    const typo = v.recoveryKey.slice(0, -1) + last;
    expect(await v.core.dispatch('vault.unlock', { recoveryKey: typo })).toMatchObject({
      ok: false,
      error: { code: 'RECOVERY_KEY_MISTYPED', field: 'recoveryKey' },
    });
    const other = await makeVault();
    other.core.vault.lock();
    const before = snapshotFolder(v.dir, [failedUnlockNote]);
    expect(await v.core.dispatch('vault.unlock', { recoveryKey: other.recoveryKey })).toMatchObject({
      ok: false,
      error: { code: 'WRONG_RECOVERY_KEY' },
    });
    expect(snapshotFolder(v.dir, [failedUnlockNote])).toEqual(before);
    removeDir(join(other.dir, '..'));
  });

  it('changes the passphrase: the old one fails, the new one and the recovery key work', async () => {
    await call(v.core, 'vault.unlock', { passphrase });
    const databaseHeader = readFileSync(join(v.dir, 'vault.db')).subarray(0, 16);
    const wrongCurrent = await v.core.dispatch('vault.changePassphrase', {
      currentPassphrase: 'not the passphrase',
      newPassphrase: 'een nieuwe lange zin',
    });
    expect(wrongCurrent).toMatchObject({ ok: false, error: { code: 'WRONG_PASSPHRASE', field: 'currentPassphrase' } });
    await call(v.core, 'vault.changePassphrase', { currentPassphrase: passphrase, newPassphrase: 'een nieuwe lange zin' });
    v.core.vault.lock();
    expect(readFileSync(join(v.dir, 'vault.db')).subarray(0, 16)).toEqual(databaseHeader);
    expect(await v.core.dispatch('vault.unlock', { passphrase })).toMatchObject({ ok: false, error: { code: 'WRONG_PASSPHRASE' } });
    await call(v.core, 'vault.unlock', { passphrase: 'een nieuwe lange zin' });
    v.core.vault.lock();
    await call(v.core, 'vault.unlock', { recoveryKey: v.recoveryKey });
    await call(v.core, 'vault.changePassphrase', { currentPassphrase: 'een nieuwe lange zin', newPassphrase: passphrase });
  });

  it('still checks the passphrase when the vault is already unlocked', async () => {
    await call(v.core, 'vault.unlock', { passphrase });
    expect(await v.core.dispatch('vault.unlock', { passphrase: 'zomaar iets anders' })).toMatchObject({
      ok: false,
      error: { code: 'WRONG_PASSPHRASE' },
    });
    expect(v.core.vault.isUnlocked()).toBe(true);
    v.core.vault.lock();
  });

  it('zeroes the data key when it locks', async () => {
    await call(v.core, 'vault.unlock', { passphrase });
    const open = (v.core.vault as unknown as { open: { dataKey: Buffer } }).open;
    const key = open.dataKey;
    expect(key.some((byte) => byte !== 0)).toBe(true);
    await call(v.core, 'vault.lock');
    expect(key.every((byte) => byte === 0)).toBe(true);
  });

  it('refuses to create a vault where one exists, and changes nothing', async () => {
    const before = snapshotFolder(v.dir);
    const result = await createCore(v.dir).dispatch('vault.create', { passphrase: 'iets heel anders nu' });
    expect(result).toMatchObject({ ok: false, error: { code: 'VAULT_EXISTS' } });
    expect(snapshotFolder(v.dir)).toEqual(before);
  });
});

describe('a damaged vault', () => {
  let v: Vault;
  beforeAll(async () => {
    v = await makeVault();
    await call(v.core, 'clients.create', { firstName: 'Fenna', lastName: 'Bakker' });
    v.core.vault.lock();
  });
  afterAll(() => removeDir(join(v.dir, '..')));

  it('reports a flipped byte anywhere in the key file as damaged, and rewrites nothing', async () => {
    const keyPath = join(v.dir, 'vault.key');
    const original = readFileSync(keyPath);
    const before = snapshotFolder(v.dir);
    const codes = new Set<string>();
    for (let i = 0; i < original.length; i++) {
      const damaged = Buffer.from(original);
      damaged[i] = damaged[i]! ^ 0x01;
      writeFileSync(keyPath, damaged);
      const result = await createCore(v.dir).dispatch('vault.unlock', { passphrase });
      expect(result.ok, `byte ${i}`).toBe(false);
      if (!result.ok) codes.add(result.error.code);
      expect(readFileSync(keyPath)).toEqual(damaged);
    }
    writeFileSync(keyPath, original);
    expect(codes).toEqual(new Set(['KEY_FILE_DAMAGED']));
    expect(snapshotFolder(v.dir)).toEqual(before);
  });

  it('refuses a database written by a newer Traject and leaves it alone', async () => {
    const core = createCore(v.dir);
    await call(core, 'vault.unlock', { passphrase });
    const key = Buffer.from((core.vault as unknown as { open: { dataKey: Buffer } }).open.dataKey);
    core.vault.lock();
    const db = openDatabase(join(v.dir, 'vault.db'), { key });
    db.pragma('user_version = 999');
    db.close();
    const before = snapshotFolder(v.dir);
    expect(await createCore(v.dir).dispatch('vault.unlock', { passphrase })).toMatchObject({
      ok: false,
      error: { code: 'VAULT_FROM_NEWER_VERSION' },
    });
    expect(snapshotFolder(v.dir)).toEqual(before);
  });

  it('reports a damaged page of client data as damaged when it is read, and makes no back-up of it', async () => {
    const own = await makeVault();
    await call(own.core, 'clients.create', { firstName: 'Fenna', lastName: 'Bakker' });
    own.core.vault.lock();
    const v = own;
    const core = createCore(v.dir);
    await call(core, 'vault.unlock', { passphrase });
    const root = core.vault.db().prepare(`SELECT rootpage FROM sqlite_master WHERE name = 'client'`).pluck().get() as number;
    core.vault.closeSession();
    const dbPath = join(v.dir, 'vault.db');
    const bytes = readFileSync(dbPath);
    const page = (root - 1) * 4096;
    for (let i = page + 200; i < page + 264; i++) bytes[i] = bytes[i]! ^ 0xff;
    writeFileSync(dbPath, bytes);
    const damaged = createCore(v.dir);
    await call(damaged, 'vault.unlock', { passphrase });
    const backupsBefore = (await call<{ items: unknown[] }>(damaged, 'backups.list')).items.length;
    expect(await damaged.dispatch('clients.list', {})).toMatchObject({ ok: false, error: { code: 'DATABASE_DAMAGED' } });
    expect(await damaged.dispatch('backups.create', {})).toMatchObject({ ok: false, error: { code: 'DATABASE_DAMAGED' } });
    expect((await call<{ items: unknown[] }>(damaged, 'backups.list')).items).toHaveLength(backupsBefore);
    damaged.vault.closeSession();
    removeDir(join(own.dir, '..'));
  });

});
