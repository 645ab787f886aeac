// How long the practitioner waits at the unlock screen of the big practice: Argon2id (64 MiB, t=3,
// p=1) to unwrap the data key, then opening the encrypted database and starting the session. No
// integrity check that grows with the data runs here: that belongs to the back-ups' verification.
import type { Core } from '../../electron/core/index';
import { defaultKdf } from '../../electron/core/vault/kdf';
import { readKeyFile } from '../../electron/core/vault/keyFile';
import { median } from './median';


export async function unlockFigures(core: Core, passphrase: string, log: (line: string) => void): Promise<void> {
  const whole: number[] = [];
  const derive: number[] = [];
  const open: number[] = [];
  for (let i = 0; i < 7; i++) {
    core.vault.lock();
    const start = performance.now();
    const result = await core.dispatch('vault.unlock', { passphrase });
    whole.push(performance.now() - start);
    if (!result.ok) throw new Error(`unlock failed: ${result.error.code}`);
    // The same two steps apart: the key derivation, and what grows with the database.
    core.vault.lock();
    const started = performance.now();
    const dataKey = await core.vault.unwrap(readKeyFile(core.vault.keyFilePath), { passphrase });
    const derived = performance.now();
    core.vault.startSession(dataKey);
    derive.push(derived - started);
    open.push(performance.now() - derived);
  }
  const kdf = `Argon2id ${defaultKdf.memoryKiB / 1024} MiB, t=${defaultKdf.iterations}, p=${defaultKdf.parallelism}`;
  const db = core.vault.db();
  const mb = ((db.pragma('page_count', { simple: true }) as number) * (db.pragma('page_size', { simple: true }) as number)) / 1024 / 1024;
  const verdict = median(whole) < 1000 ? 'on target (< 1 s)' : 'NOT on target (< 1 s)';
  log(`  unlock of the big vault (${mb.toFixed(0)} MB): median ${median(whole).toFixed(0)} ms, slowest ${Math.max(...whole).toFixed(0)} ms ${verdict}`);
  log(`    of which the key derivation (${kdf}) ${median(derive).toFixed(0)} ms, opening the database and starting the session ${median(open).toFixed(0)} ms`);
}
