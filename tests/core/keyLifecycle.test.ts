import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../../electron/core/index';
import { failure, invoke, makeClient, openPractice, type TestPractice } from '../support/factories';
import { passphrase } from '../support/tempVault';

const secondPassphrase = 'vuurtoren op Texel bij nacht';

describe("the key's life cycle", () => {
  let p: TestPractice;
  let recoveryKey: string;
  let vaultDir: string;
  beforeAll(async () => {
    p = await openPractice();
    vaultDir = join(p.dir, 'vault');
    await makeClient(p.core, { firstName: 'Sanne', lastName: 'de Vries' });
    recoveryKey = (await invoke(p.core, 'vault.newRecoveryKey', { passphrase })).recoveryKey;
  });
  afterAll(() => p.close());

  it('forgot the passphrase: the recovery key sets a new one and opens the vault', async () => {
    p.core.vault.lock();
    const status = await invoke(p.core, 'vault.recover', { recoveryKey, newPassphrase: secondPassphrase });
    expect(status.state).toBe('unlocked');
    expect((await invoke(p.core, 'clients.list', { query: 'Vries' })).total).toBe(1);
    p.core.vault.lock();
    expect(await failure(p.core, 'vault.unlock', { passphrase })).toMatchObject({ code: 'WRONG_PASSPHRASE' });
    await invoke(p.core, 'vault.unlock', { passphrase: secondPassphrase });
    p.core.vault.lock();
    await invoke(p.core, 'vault.unlock', { recoveryKey });
  });

  it('refuses a recovery key with a typo or of another vault, and changes nothing', async () => {
    p.core.vault.lock();
    const before = readFileSync(join(vaultDir, 'vault.key'));
    const typo = recoveryKey.slice(0, -1) + (recoveryKey.endsWith('A') ? 'B' : 'A');
    expect(await failure(p.core, 'vault.recover', { recoveryKey: typo, newPassphrase: 'iets anders dan eerst' })).toMatchObject({
      code: 'RECOVERY_KEY_MISTYPED',
      field: 'recoveryKey',
    });
    expect(readFileSync(join(vaultDir, 'vault.key'))).toEqual(before);
    await invoke(p.core, 'vault.unlock', { passphrase: secondPassphrase });
  });

  it('makes a new recovery key after asking the passphrase; the old one stops working', async () => {
    expect(await failure(p.core, 'vault.newRecoveryKey', { passphrase: 'niet de wachtwoordzin' })).toMatchObject({ code: 'WRONG_PASSPHRASE' });
    const renewed = (await invoke(p.core, 'vault.newRecoveryKey', { passphrase: secondPassphrase })).recoveryKey;
    expect(renewed).not.toBe(recoveryKey);
    p.core.vault.lock();
    expect(await failure(p.core, 'vault.unlock', { recoveryKey })).toMatchObject({ code: 'WRONG_RECOVERY_KEY' });
    await invoke(p.core, 'vault.unlock', { recoveryKey: renewed });
    recoveryKey = renewed;
  });

  it('rotates the data key: the data stays, an old copy of the key file no longer opens the database', async () => {
    const oldKeyFile = join(p.dir, 'old-vault.key');
    copyFileSync(join(vaultDir, 'vault.key'), oldKeyFile);
    const backupBefore = await invoke(p.core, 'backups.create', {});
    const { recoveryKey: afterRekey } = await invoke(p.core, 'vault.rekey', { passphrase: secondPassphrase });
    expect(afterRekey).not.toBe(recoveryKey);
    expect((await invoke(p.core, 'clients.list', { query: 'Vries' })).total).toBe(1);
    expect(await invoke(p.core, 'audit.verify', {})).toMatchObject({ intact: true });

    p.core.vault.lock();
    await invoke(p.core, 'vault.unlock', { passphrase: secondPassphrase });
    p.core.vault.lock();
    await invoke(p.core, 'vault.unlock', { recoveryKey: afterRekey });
    p.core.vault.lock();
    expect(await failure(p.core, 'vault.unlock', { recoveryKey })).toMatchObject({ code: 'WRONG_RECOVERY_KEY' });

    const current = readFileSync(join(vaultDir, 'vault.key'));
    copyFileSync(oldKeyFile, join(vaultDir, 'vault.key'));
    expect(await failure(createCore(vaultDir), 'vault.unlock', { passphrase: secondPassphrase })).toMatchObject({ code: 'DATABASE_DAMAGED' });
    writeFileSync(join(vaultDir, 'vault.key'), current);

    // A back-up from before the rotation opens with the credentials of its day, and comes back under today's key.
    await invoke(p.core, 'vault.unlock', { passphrase: secondPassphrase });
    const list = await invoke(p.core, 'backups.list', {});
    expect(list.items.find((b) => b.fileName === backupBefore.fileName)?.opensWithCurrentKey).toBe(false);
    expect(await failure(p.core, 'backups.restore', { path: backupBefore.path })).toMatchObject({ code: 'BACKUP_KEY_NEEDED' });
    const restored = await invoke(p.core, 'backups.restore', { path: backupBefore.path, passphrase: secondPassphrase });
    expect(restored.keptCurrentCredentials).toBe(true);
    expect(await invoke(p.core, 'audit.verify', {})).toMatchObject({ intact: true });
    p.core.vault.lock();
    await invoke(p.core, 'vault.unlock', { recoveryKey: afterRekey });
    expect((await invoke(p.core, 'clients.list', { query: 'Vries' })).total).toBe(1);
  });
});
