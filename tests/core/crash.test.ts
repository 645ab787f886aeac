import { spawn } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openDatabase } from '../../electron/core/db/open';
import { createCore } from '../../electron/core/index';
import { call, makeVault, passphrase, removeDir } from '../support/tempVault';

const rounds = 50;
const root = join(import.meta.dirname, '../..');
// The writer compiled once to plain JavaScript, inside the repository so that it finds node_modules:
// fifty writers then start as fast as the app does.
const writer = join(root, 'out/tests', `clientWriter-${process.pid}.mjs`);

let dir: string;
let dataKey: Buffer;
beforeAll(async () => {
  mkdirSync(join(root, 'out/tests'), { recursive: true });
  await build({
    entryPoints: [join(root, 'tests/support/clientWriter.ts')],
    outfile: writer,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
  const v = await makeVault();
  dir = v.dir;
  dataKey = Buffer.from((v.core.vault as unknown as { open: { dataKey: Buffer } }).open.dataKey);
  v.core.vault.lock();
});
afterAll(() => {
  removeDir(join(dir, '..'));
  rmSync(writer, { force: true });
});

/** Start a writer, wait until it has acknowledged at least one client, then kill it at a random moment. */
function writeUntilKilled(): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writer, dir], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, TRAJECT_TEST_DATA_KEY: dataKey.toString('hex') },
    });
    const acknowledged: string[] = [];
    let pending = '';
    let errors = '';
    let scheduled = false;
    child.stdout.on('data', (chunk: Buffer) => {
      pending += chunk.toString('utf8');
      const lines = pending.split('\n');
      pending = lines.pop()!;
      acknowledged.push(...lines);
      if (!scheduled && acknowledged.length > 0) {
        scheduled = true;
        setTimeout(() => child.kill('SIGKILL'), Math.random() * 250);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString('utf8')));
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve(acknowledged);
      else reject(new Error(`writer exited with ${code}: ${errors}`));
    });
  });
}

it(`keeps every acknowledged client through ${rounds} hard kills, with an intact database`, async () => {
  const acknowledged: string[] = [];
  for (let round = 0; round < rounds; round++) {
    acknowledged.push(...(await writeUntilKilled()));
    const db = openDatabase(join(dir, 'vault.db'), { key: dataKey });
    try {
      expect(db.pragma('integrity_check', { simple: true }), `round ${round}`).toBe('ok');
      const names = new Set((db.prepare('SELECT last_name FROM client').pluck().all() as string[]));
      const missing = acknowledged.filter((name) => !names.has(name));
      expect(missing, `round ${round}`).toEqual([]);
    } finally {
      db.close();
    }
  }
  expect(acknowledged.length).toBeGreaterThan(rounds);
  const core = createCore(dir);
  await call(core, 'vault.unlock', { passphrase });
  const list = await call<{ total: number }>(core, 'clients.list', { query: 'crash' });
  expect(list.total).toBeGreaterThanOrEqual(acknowledged.length);
  core.vault.lock();
}, 240_000);
