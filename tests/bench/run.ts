// `npm run bench`: a big practice, encrypted (a real vault through core) and plain, and the time
// the main screens take through dispatch on each. The databases are cached under the OS temp
// folder, keyed by a hash of the schema and the generator, so later runs start in seconds.
import Database from 'better-sqlite3-multiple-ciphers';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { migrate } from '../../electron/core/db/migrate';
import { migrations } from '../../electron/core/db/migrations';
import { openDatabase, type Db } from '../../electron/core/db/open';
import { createDispatch } from '../../electron/core/dispatch';
import { createCore, type Core } from '../../electron/core/index';
import { backupFigures } from './backupFigures';
import { cliStartFigures } from './cliStart';
import type { Vault } from '../../electron/core/vault/vault';
import { unlockFigures } from './unlock';
import { benchCases, type BenchCase, type BenchEnv, type BenchFacts } from './cases';
import { counts, generatePractice, reportTrajectoryId } from './generate';
import { picker } from './random';
import { firstNames, lastNames } from './vocabulary';

const here = dirname(fileURLToPath(import.meta.url));
const passphrase = 'benchmark passphrase, not a secret';
/** A Wednesday morning, local time: the practice's "now" in every run. */
const now = new Date(2026, 10, 25, 10, 0);
const clock = { now: () => new Date(now) };
const log = (line: string) => process.stdout.write(`${line}\n`);

function schemaHash(): string {
  const db = new Database(':memory:');
  migrate(db, migrations);
  const schema = db.prepare(`SELECT sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY name`).pluck().all().join('\n');
  db.close();
  return createHash('sha256').update(schema).update(readFileSync(join(here, 'generate.ts'))).digest('hex').slice(0, 16);
}

function fill(db: Db, label: string): void {
  const started = performance.now();
  db.pragma('foreign_keys = OFF'); // the generator writes consistent rows; checks would only slow it down
  db.pragma('cache_size = -262144');
  generatePractice(db, now, (line) => log(`  ${label}: ${line}`));
  db.pragma('foreign_keys = ON');
  db.pragma('wal_checkpoint(TRUNCATE)');
  log(`  ${label}: built in ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

async function encryptedEnv(cacheDir: string): Promise<Core> {
  const dir = join(cacheDir, 'vault');
  const ready = join(cacheDir, 'vault.ready');
  const core = createCore(dir, clock);
  if (!existsSync(ready)) {
    rmSync(dir, { recursive: true, force: true });
    const created = await core.dispatch('vault.create', { passphrase });
    if (!created.ok) throw new Error(created.error.message);
    fill(core.vault.db(), 'encrypted');
    core.vault.lock();
    writeFileSync(ready, '');
  }
  const unlocked = await core.dispatch('vault.unlock', { passphrase });
  if (!unlocked.ok) throw new Error(unlocked.error.message);
  return core;
}

function plainEnv(cacheDir: string): BenchEnv['dispatch'] {
  const path = join(cacheDir, 'plain.db');
  const ready = join(cacheDir, 'plain.ready');
  if (!existsSync(ready)) {
    rmSync(path, { force: true });
    const db = openDatabase(path, { key: null, create: true });
    fill(db, 'plain');
    db.close();
    writeFileSync(ready, '');
  }
  const db = openDatabase(path, { key: null });
  const vault = { db: () => db } as unknown as Vault;
  return createDispatch({ vault, clock });
}

function facts(): BenchFacts {
  const fragments = [...firstNames, ...lastNames].map((name) => name.slice(0, 4).toLowerCase());
  return {
    trajectoryIds: Array.from({ length: counts.trajectories }, (_, i) => i + 1),
    reportTrajectoryId,
    nameFragments: fragments,
    searchQueries: ['vertrouwen', 'vertr', 'partner ruzie', 'Jansen', 'ritueel', 'sa', 'jaloezie appjes', '"samen koken"',
      'Zoë', 'zoe', 'excuses erkenning herstel', 'AND (', 'time-out*', '"open', 'kinderen schoonouders', 'afspr'],
  };
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
 * Time a case on both databases, alternating call by call with the same inputs, so that a busy
 * moment on the machine hits both alike.
 */
async function timeBoth(benchCase: BenchCase, envs: readonly [BenchEnv, BenchEnv]): Promise<[Timing, Timing]> {
  for (let i = 0; i < 10; i++) for (const env of envs) await benchCase.run(env); // warm the page caches
  const times: [number[], number[]] = [[], []];
  for (let i = 0; i < benchCase.iterations; i++) {
    for (const [k, env] of envs.entries()) {
      const start = performance.now();
      await benchCase.run(env);
      times[k]!.push(performance.now() - start);
    }
  }
  return [summary(times[0]), summary(times[1])];
}

async function main(): Promise<void> {
  const name = `traject-bench-${schemaHash()}`;
  // Databases of an older schema or generator are of no use any more, and large.
  for (const old of readdirSync(tmpdir()).filter((n) => n.startsWith('traject-bench-') && n !== name)) {
    rmSync(join(tmpdir(), old), { recursive: true, force: true });
  }
  const cacheDir = join(tmpdir(), name);
  mkdirSync(cacheDir, { recursive: true });
  log(`Practice: ${Object.entries(counts).map(([k, v]) => `${v.toLocaleString('en')} ${k}`).join(', ')}`);
  log(`Databases in ${cacheDir}`);
  const encryptedCore = await encryptedEnv(cacheDir);
  const encrypted = encryptedCore.dispatch;
  const plain = plainEnv(cacheDir);
  const shared = facts();
  const rows: string[][] = [];
  for (const benchCase of benchCases) {
    const envs = [
      { label: 'encrypted', dispatch: encrypted, pick: picker(7), facts: shared },
      { label: 'plain', dispatch: plain, pick: picker(7), facts: shared },
    ] as const satisfies readonly [BenchEnv, BenchEnv];
    const [e, p] = await timeBoth(benchCase, envs);
    rows.push([benchCase.name, e.p50.toFixed(2), e.p95.toFixed(2), p.p50.toFixed(2), p.p95.toFixed(2),
      (e.p50 / p.p50).toFixed(2), (e.p95 / p.p95).toFixed(2), e.p95 < (benchCase.targetP95Ms ?? 20) && e.p95 / p.p95 < 1.5 ? 'yes' : 'NO']);
  }
  const header = ['case', 'enc p50', 'enc p95', 'plain p50', 'plain p95', 'ratio p50', 'ratio p95', 'on target'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  log('\nTimes in ms through dispatch; targets: p95 < 20 ms (a report: < 1,000 ms), encrypted/plain < 1.5');
  log(line(header));
  log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  rows.forEach((r) => log(line(r)));
  log('\nBack-up, restore and the audit log on this practice:');
  await backupFigures(encryptedCore, log);
  await unlockFigures(log);
  log('\nStarting the command line (compiled), whole processes:');
  await cliStartFigures(log);
  process.exit(0);
}

await main();
