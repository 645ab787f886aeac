import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { syncDirectory, writeFileAtomic } from './atomicWrite';

/**
 * Kill-safe replacement of the database and/or the key file (restore, rekey): the new files are
 * written and synced beside the old ones, then a marker names them, then they are renamed into
 * place, then the marker goes. On open, a marker means "finish the swap"; new files without a
 * marker are a swap that never started, and are removed. So a kill at any moment leaves the old
 * state or the new one, never neither.
 */
export const swapMarker = 'vault.swap';
export const nextDatabase = 'vault.db.next';
export const nextKeyFile = 'vault.key.next';

interface SwapPlan {
  database: boolean;
  keyFile: boolean;
}

export function commitSwap(dir: string, plan: SwapPlan): void {
  writeFileAtomic(join(dir, swapMarker), JSON.stringify(plan));
  finishPendingSwap(dir);
}

/** Finish a swap a kill interrupted, or clear the leftovers of one that never started. */
export function finishPendingSwap(dir: string): 'none' | 'finished' {
  const marker = join(dir, swapMarker);
  if (!existsSync(marker)) {
    rmSync(join(dir, nextDatabase), { force: true });
    rmSync(join(dir, `${nextDatabase}-journal`), { force: true });
    rmSync(join(dir, nextKeyFile), { force: true });
    return 'none';
  }
  const plan = JSON.parse(readFileSync(marker, 'utf8')) as SwapPlan;
  if (plan.database && existsSync(join(dir, nextDatabase))) {
    // The old database's journal must never be replayed onto the new file.
    rmSync(join(dir, 'vault.db-wal'), { force: true });
    rmSync(join(dir, 'vault.db-shm'), { force: true });
    renameSync(join(dir, nextDatabase), join(dir, 'vault.db'));
  }
  if (plan.keyFile && existsSync(join(dir, nextKeyFile))) renameSync(join(dir, nextKeyFile), join(dir, 'vault.key'));
  syncDirectory(dir);
  rmSync(marker, { force: true });
  syncDirectory(dir);
  return 'finished';
}
