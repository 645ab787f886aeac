// Back-up, restore and audit figures on the big practice, for `npm run bench`.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Backup } from '../../shared/contract/backups';
import type { Core } from '../../electron/core/index';
import { median } from './median';

async function ok<T>(core: Core, method: string, input: unknown): Promise<T> {
  const result = await core.dispatch(method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

/**
 * Make three back-ups and restore three times (each restore first keeps a "before restore"
 * back-up, which is part of what the practitioner waits for), then time opening records with
 * and without their audit entry. Everything goes to a folder made here and removed afterwards.
 */
export async function backupFigures(core: Core, log: (line: string) => void): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'traject-bench-backups-'));
  try {
    const made: { ms: number; backup: Backup }[] = [];
    for (let i = 0; i < 3; i++) {
      const started = performance.now();
      const backup = await ok<Backup>(core, 'backups.create', { folder });
      made.push({ ms: performance.now() - started, backup });
    }
    const bytes = made[0]!.backup.bytes;
    const backupMs = median(made.map((m) => m.ms));
    const restoreMs: number[] = [];
    for (let i = 0; i < 3; i++) {
      const started = performance.now();
      await ok(core, 'backups.restore', { path: made[i]!.backup.path });
      restoreMs.push(performance.now() - started);
    }
    const mb = bytes / 1024 / 1024;
    log(`  back-up of ${mb.toFixed(0)} MB (copy, integrity check, write, read back): median ${(backupMs / 1000).toFixed(2)} s, ${(mb / (backupMs / 1000)).toFixed(0)} MB/s`);
    log(`  restore incl. its "before restore" back-up: median ${(median(restoreMs) / 1000).toFixed(2)} s, ${(mb / (median(restoreMs) / 1000)).toFixed(0)} MB/s`);

    const ids = Array.from({ length: 500 }, (_, i) => i + 1);
    let started = performance.now();
    for (const id of ids) await ok(core, 'clients.get', { id }); // 500 new visits: 500 audit entries
    const withEntry = (performance.now() - started) / ids.length;
    started = performance.now();
    for (const id of ids) await ok(core, 'clients.get', { id }); // the same visits again: no new entries
    const without = (performance.now() - started) / ids.length;
    log(`  opening a client record: ${withEntry.toFixed(3)} ms with its audit entry, ${without.toFixed(3)} ms without; the entry costs ${(withEntry - without).toFixed(3)} ms`);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
