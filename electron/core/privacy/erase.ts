import type { Erased, ErasureReason } from '../../../shared/contract/privacy';
import { AppError } from '../../../shared/errors';
import { readKeyFile } from '../vault/keyFile';
import type { Vault } from '../vault/vault';
import { eraseClientRows } from './eraseRows';
import { erasureCheck } from './retention';
import { noteTombstoneBeside } from './tombstones';

/**
 * Erase a client (AVG art. 17). While the retention term has not passed a reason is required
 * (and "retention passed" is not one). The tombstone is noted beside the database first, then the
 * rows go in one transaction with secure delete on (deleted text is overwritten, also in the
 * full-text index), then the WAL is checkpointed and truncated so no old page survives there.
 */
export function eraseClient(vault: Vault, clientId: number, reason: ErasureReason | undefined): Erased {
  const open = vault.writableSession();
  const now = vault.now();
  const check = erasureCheck(open.db, clientId, now);
  if (!check.retentionPassed && (reason === undefined || reason === 'retention_passed')) {
    throw new AppError('INVALID_INPUT', 'The retention period has not passed: give the reason for erasing now.', 'reason', 'retention_not_passed');
  }
  const tombstone = { clientId, erasedAt: now.toISOString(), reason: reason ?? 'retention_passed' } as const;
  noteTombstoneBeside(vault.dir, readKeyFile(vault.keyFilePath).vaultId, tombstone);
  open.db.transaction(() => {
    eraseClientRows(open.db, clientId);
    open.db.prepare('INSERT INTO erasure (client_id, erased_at, reason) VALUES (?, ?, ?)').run(clientId, tombstone.erasedAt, tombstone.reason);
    vault.record({
      event: 'client_erased',
      clientId,
      details: { reason: tombstone.reason, trajectoriesRemoved: check.trajectoriesRemoved.length, trajectoriesKept: check.trajectoriesKept.length },
    });
  })();
  const [result] = open.db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
  if (result && result.busy !== 0) throw new AppError('BUSY', 'The erasure is saved, but the journal could not be emptied yet; try again.');
  return tombstone;
}
