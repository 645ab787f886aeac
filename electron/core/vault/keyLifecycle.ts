import { randomBytes } from 'node:crypto';
import { fsyncSync, openSync, closeSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { VaultStatus } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import { openDatabase } from '../db/open';
import { writeFileAtomic } from './atomicWrite';
import { isWritable } from './folder';
import {
  createKeyFile,
  readKeyFile,
  rewrapPassphrase,
  rewrapRecovery,
  serializeKeyFile,
  unwrapWithPassphrase,
  writeKeyFile,
  type KeyFile,
} from './keyFile';
import { rekeyDatabase } from './rawKey';
import { newRecoveryKey as makeRecoveryKey } from './recoveryKey';
import { commitSwap, nextDatabase, nextKeyFile } from './swap';
import type { Vault } from './vault';

/** The passphrase asked again before a change to the keys; it must open this very vault. */
async function confirmPassphrase(vault: Vault, file: KeyFile, passphrase: string): Promise<void> {
  const key = await unwrapWithPassphrase(file, passphrase);
  try {
    if (!key.equals(vault.session().dataKey)) throw new AppError('KEY_FILE_DAMAGED', 'The key file does not belong to this vault.');
  } finally {
    key.fill(0);
  }
}

/** "Forgot the passphrase?": the recovery key sets a new one, and the vault opens. */
export async function recover(vault: Vault, recoveryKey: string, newPassphrase: string): Promise<VaultStatus> {
  vault.prepareFolder();
  const file = readKeyFile(vault.keyFilePath);
  const dataKey = await vault.unwrap(file, { recoveryKey });
  try {
    if (vault.isUnlocked() && !dataKey.equals(vault.session().dataKey)) {
      throw new AppError('KEY_FILE_DAMAGED', 'The key file does not belong to this vault.');
    }
    if (!isWritable(vault.dir, [vault.keyFilePath])) throw new AppError('READ_ONLY', 'The vault is read-only here; nothing was changed.');
    writeKeyFile(vault.keyFilePath, await rewrapPassphrase(file, dataKey, newPassphrase));
  } catch (error) {
    dataKey.fill(0);
    throw error;
  }
  if (vault.isUnlocked()) dataKey.fill(0);
  else vault.startSession(dataKey, { via: 'recovery_key' });
  vault.record({ event: 'passphrase_recovered' });
  return vault.status();
}

/** A new recovery key, shown once; the old one no longer opens the vault. */
export async function renewRecoveryKey(vault: Vault, passphrase: string): Promise<{ recoveryKey: string }> {
  const open = vault.writableSession();
  const file = readKeyFile(vault.keyFilePath);
  await confirmPassphrase(vault, file, passphrase);
  const recovery = makeRecoveryKey();
  try {
    writeKeyFile(vault.keyFilePath, rewrapRecovery(file, open.dataKey, recovery.secret));
  } finally {
    recovery.secret.fill(0);
  }
  vault.record({ event: 'recovery_key_renewed' });
  return { recoveryKey: recovery.display };
}

function syncFile(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Rotate the data key: the database is copied, the copy re-encrypted under a new key and swapped
 * in with its new key file (kill-safe, see swap.ts). Old copies of the key file no longer open
 * the database; back-ups keep opening with the credentials of their day. A new recovery key
 * comes with the new data key.
 */
export async function rekey(vault: Vault, passphrase: string): Promise<{ recoveryKey: string }> {
  const open = vault.writableSession();
  if (vault.isBusy()) throw new AppError('BUSY', 'A back-up is being made; try again when it is done.');
  const file = readKeyFile(vault.keyFilePath);
  await confirmPassphrase(vault, file, passphrase);
  const newKey = randomBytes(32);
  const recovery = makeRecoveryKey();
  let nextFile: KeyFile;
  try {
    nextFile = await createKeyFile(newKey, passphrase, recovery.secret, { vaultId: file.vaultId, createdAt: file.createdAt });
  } finally {
    recovery.secret.fill(0);
  }
  if (vault.session() !== open) throw new AppError('VAULT_LOCKED', 'The vault was locked meanwhile; nothing was changed.');
  // From here on synchronous: no other call can write between the copy and the swap.
  const next = join(vault.dir, nextDatabase);
  try {
    rmSync(next, { force: true });
    open.db.prepare('VACUUM INTO ?').run(next);
    const copy = openDatabase(next, { key: open.dataKey, nativeBinding: vault.nativeBinding });
    try {
      open.audit.checkpoint(copy, open.dataKey, newKey, vault.now().toISOString(), { reason: 'rekey' });
      copy.pragma('journal_mode = DELETE');
      rekeyDatabase(copy, newKey);
    } finally {
      copy.close();
    }
    syncFile(next);
    writeFileAtomic(join(vault.dir, nextKeyFile), serializeKeyFile(nextFile));
  } catch (error) {
    rmSync(next, { force: true });
    rmSync(join(vault.dir, nextKeyFile), { force: true });
    newKey.fill(0);
    throw error;
  }
  vault.closeSession();
  commitSwap(vault.dir, { database: true, keyFile: true });
  vault.startSession(newKey, { via: 'rekey' });
  return { recoveryKey: recovery.display };
}
