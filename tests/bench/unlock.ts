// How long the practitioner waits at the unlock screen: Argon2id (64 MiB, t=3, p=1) plus opening
// and checking the encrypted database. Also the process's peak memory after the whole bench.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCore } from '../../electron/core/index';
import { defaultKdf } from '../../electron/core/vault/kdf';

export async function unlockFigures(log: (line: string) => void): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'traject-bench-unlock-'));
  const passphrase = 'een lange zin voor de meting';
  const core = createCore(join(dir, 'vault'));
  await core.dispatch('vault.create', { passphrase });
  const times: number[] = [];
  for (let i = 0; i < 7; i++) {
    core.vault.lock();
    const start = performance.now();
    const result = await core.dispatch('vault.unlock', { passphrase });
    times.push(performance.now() - start);
    if (!result.ok) throw new Error(`unlock failed: ${result.error.code}`);
  }
  core.vault.lock();
  rmSync(dir, { recursive: true, force: true });
  times.sort((a, b) => a - b);
  const kdf = `Argon2id ${defaultKdf.memoryKiB / 1024} MiB, t=${defaultKdf.iterations}, p=${defaultKdf.parallelism}`;
  log(`\nUnlock with the passphrase (${kdf}): median ${times[3]!.toFixed(0)} ms, slowest ${times[6]!.toFixed(0)} ms`);
  log(`Peak memory of the bench process: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);
}
