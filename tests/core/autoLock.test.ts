import { join } from 'node:path';
import { expect, it } from 'vitest';
import { Vault } from '../../electron/core/vault/vault';
import { createDispatch } from '../../electron/core/dispatch';
import { passphrase, removeDir, tempDir } from '../support/tempVault';

it('locks itself after the idle minutes set in the practice settings, and activity postpones it', async () => {
  let now = new Date('2026-11-27T09:00:00Z').getTime();
  const clock = { now: () => new Date(now) };
  const dir = join(tempDir(), 'vault');
  const vault = new Vault(dir, clock);
  const dispatch = createDispatch({ vault, clock });
  await dispatch('vault.create', { passphrase });
  expect(await dispatch('practice.update', { autoLockMinutes: 5 })).toMatchObject({ ok: true });

  now += 4 * 60_000;
  expect(vault.lockIfIdle()).toBe(false);
  await dispatch('vault.touch', {});
  now += 4 * 60_000;
  expect(vault.lockIfIdle()).toBe(false);
  now += 61_000;
  expect(vault.lockIfIdle()).toBe(true);
  expect(await dispatch('vault.status', {})).toMatchObject({ ok: true, value: { state: 'locked' } });
  expect(await dispatch('practice.get', {})).toMatchObject({ ok: false, error: { code: 'VAULT_LOCKED' } });
  removeDir(join(dir, '..'));
});

it('uses ten minutes when the practice has not chosen', async () => {
  let now = Date.parse('2026-11-27T09:00:00Z');
  const clock = { now: () => new Date(now) };
  const dir = join(tempDir(), 'vault');
  const vault = new Vault(dir, clock);
  await vault.create(passphrase, 'nl');
  now += 9 * 60_000 + 59_000;
  expect(vault.lockIfIdle()).toBe(false);
  now += 1_000;
  expect(vault.lockIfIdle()).toBe(true);
  removeDir(join(dir, '..'));
});
