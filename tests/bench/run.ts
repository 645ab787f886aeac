// `npm run bench`: what each screen costs when it opens, on a big practice, encrypted and plain, and
// the same practice at a tenth of its size; then the report, unlock, back-ups and the command line.
// Figures and ratios are printed with a verdict; nothing here fails a test.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase, type Db } from '../../electron/core/db/open';
import { createDispatch } from '../../electron/core/dispatch';
import { createCore, type Core } from '../../electron/core/index';
import type { Vault } from '../../electron/core/vault/vault';
import { backupFigures } from './backupFigures';
import { reportCases, screenCases, type BenchCase, type BenchEnv } from './cases';
import { cliStartFigures } from './cliStart';
import { firstReportFigures } from './firstReport';
import { generatePractice, practiceCounts, reportTrajectoryId } from './generate';
import { picker } from './random';
import { median } from './median';
import { table } from './table';
import { unlockFigures } from './unlock';
import { factsOf } from './facts';

const here = dirname(fileURLToPath(import.meta.url));
export const benchPassphrase = 'benchmark passphrase, not a secret';
/** A Wednesday morning, local time: the practice's "now" in every run. */
const now = new Date(2026, 10, 25, 10, 0);
const clock = { now: () => new Date(now) };
const log = (line: string) => process.stdout.write(`${line}\n`);
const repetitions = 3;

/**
 * The cached practices are named after what generates them. A newer schema needs no new practice:
 * unlocking migrates the cached vault forward, as the app does with a practitioner's own.
 */
function generatorHash(): string {
  const hash = createHash('sha256');
  for (const file of ['generate.ts', 'vocabulary.ts', 'random.ts']) hash.update(readFileSync(join(here, file)));
  return hash.digest('hex').slice(0, 16);
}

function fill(db: Db, label: string, scale: number): void {
  const started = performance.now();
  db.pragma('foreign_keys = OFF'); // the generator writes consistent rows; checks would only slow it down
  db.pragma('cache_size = -262144');
  generatePractice(db, now, scale, (line) => log(`  ${label}: ${line}`));
  db.pragma('foreign_keys = ON');
  db.pragma('wal_checkpoint(TRUNCATE)');
  log(`  ${label}: built in ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

async function encryptedCore(dir: string, scale: number): Promise<Core> {
  const vaultDir = join(dir, 'vault');
  const ready = join(dir, 'vault.ready');
  const core = createCore(vaultDir, clock);
  if (!existsSync(ready)) {
    rmSync(vaultDir, { recursive: true, force: true });
    const created = await core.dispatch('vault.create', { passphrase: benchPassphrase });
    if (!created.ok) throw new Error(created.error.message);
    fill(core.vault.db(), `encrypted ×${scale}`, scale);
    core.vault.lock();
    writeFileSync(ready, '');
  }
  const unlocked = await core.dispatch('vault.unlock', { passphrase: benchPassphrase });
  if (!unlocked.ok) throw new Error(unlocked.error.message);
  return core;
}

function plainDispatch(dir: string): { dispatch: BenchEnv['dispatch']; db: Db } {
  const path = join(dir, 'plain.db');
  const ready = join(dir, 'plain.ready');
  if (!existsSync(ready)) {
    rmSync(path, { force: true });
    const db = openDatabase(path, { key: null, create: true });
    fill(db, 'plain', 1);
    db.close();
    writeFileSync(ready, '');
  }
  const db = openDatabase(path, { key: null });
  // The plain database has no vault around it: no key, so no audit log either. Opening a record
  // writes nothing here, so the encrypted/plain ratio also holds the audit entry's cost. The
  // calendar export names its events after the vault: it borrows the big vault's key file for that.
  const vault = { db: () => db, record: () => {}, isUnlocked: () => true, keyFilePath: join(dir, 'vault', 'vault.key') } as unknown as Vault;
  return { dispatch: createDispatch({ vault, clock }), db };
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

interface Timing {
  p50: number;
  p95: number;
}

function summary(times: number[]): Timing {
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

/**
 * Time a case on every database, alternating call by call with the same inputs, so that a busy
 * moment on the machine hits them all alike.
 */
async function timeAll(benchCase: BenchCase, envs: readonly BenchEnv[]): Promise<Timing[]> {
  for (let i = 0; i < 10; i++) for (const env of envs) await benchCase.run(env); // warm the page caches
  const times: number[][] = envs.map(() => []);
  for (let i = 0; i < benchCase.iterations; i++) {
    for (const [k, env] of envs.entries()) {
      const start = performance.now();
      await benchCase.run(env);
      times[k]!.push(performance.now() - start);
    }
  }
  return times.map(summary);
}

/** Our own folder for cached practices; older generations of it (another schema or generator) go. */
function cacheFolder(): string {
  const own = join(tmpdir(), 'traject-bench-practices');
  const name = generatorHash();
  mkdirSync(own, { recursive: true });
  for (const old of readdirSync(own).filter((n) => n !== name)) rmSync(join(own, old), { recursive: true, force: true });
  const dir = join(own, name);
  mkdirSync(join(dir, 'tenth'), { recursive: true });
  return dir;
}

async function main(): Promise<void> {
  const cacheDir = cacheFolder();
  log(`Practice: ${Object.entries(practiceCounts()).map(([k, v]) => `${v.toLocaleString('en')} ${k}`).join(', ')}; and at a tenth of that`);
  log(`Databases in ${cacheDir}`);
  const big = await encryptedCore(cacheDir, 1);
  const tenth = await encryptedCore(join(cacheDir, 'tenth'), 0.1);
  const plain = plainDispatch(cacheDir);
  if (process.argv.includes('--practices-only')) {
    log('Practices ready; no figures asked for (--practices-only).');
    process.exit(0);
  }
  const facts = factsOf(big.vault.db());
  const tenthFacts = factsOf(tenth.vault.db());
  const envs = (): BenchEnv[] => [
    { label: 'encrypted', dispatch: big.dispatch, pick: picker(7), facts },
    { label: 'plain', dispatch: plain.dispatch, pick: picker(7), facts },
    { label: 'encrypted, a tenth', dispatch: tenth.dispatch, pick: picker(7), facts: tenthFacts },
  ];

  // Three repetitions of every case; the verdict is on the median of the three.
  const runs = new Map<string, Timing[][]>();
  for (let r = 0; r < repetitions; r++) {
    log(`Repetition ${r + 1} of ${repetitions}…`);
    for (const benchCase of [...screenCases, ...reportCases]) {
      const timing = await timeAll(benchCase, envs());
      runs.set(benchCase.name, [...(runs.get(benchCase.name) ?? []), timing]);
    }
  }
  const rows = [...screenCases, ...reportCases].map((benchCase) => {
    const reps = runs.get(benchCase.name)!;
    const m = (env: number, key: keyof Timing) => median(reps.map((rep) => rep[env]![key]));
    const [enc95, plain95, tenth95] = [m(0, 'p95'), m(1, 'p95'), m(2, 'p95')];
    const target = benchCase.targetP95Ms ?? 20;
    const verdict = enc95 <= target && enc95 / plain95 < 1.5 && enc95 / tenth95 <= 1.3 ? 'yes' : 'NO';
    return [benchCase.name, m(0, 'p50').toFixed(2), enc95.toFixed(2), plain95.toFixed(2), (enc95 / plain95).toFixed(2), tenth95.toFixed(2),
      (enc95 / tenth95).toFixed(2), `${target}`, reps.map((rep) => rep[0]!.p95.toFixed(1)).join(' / '), verdict];
  });
  log(`\nEach screen's calls on open, through dispatch, ms; median of ${repetitions} repetitions (the last column but one: each repetition's encrypted p95).`);
  log('Targets: encrypted p95 within the target, encrypted/plain < 1.5, big/tenth ≤ 1.3.');
  log(table(['screen', 'enc p50', 'enc p95', 'plain p95', 'enc/plain', 'tenth p95', 'big/tenth', 'target', 'p95 per run', 'on target'], rows));

  log('\nThe first report of a fresh process, and unlocking the big vault:');
  big.vault.lock();
  await firstReportFigures(join(cacheDir, 'vault'), benchPassphrase, reportTrajectoryId, log);
  await unlockFigures(big, benchPassphrase, log);
  log('\nBack-up, restore and the audit log on this practice:');
  await backupFigures(big, log);
  log('\nStarting the command line (compiled), whole processes:');
  await cliStartFigures(log);
  log(`\nPeak memory of the bench process: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);
  process.exit(0);
}

await main();
