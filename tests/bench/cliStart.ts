// How long `traject` takes to start, for `npm run bench`: whole processes, median of ten.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCli } from '../../electron/cli/buildCli.mjs';
import { freshCompiledCli } from '../../electron/cli/compiled.mjs';

const root = join(import.meta.dirname, '../..');
const bin = join(root, 'electron/cli/traject.mjs');

function medianMs(args: string[], runs = 10): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    execFileSync(process.execPath, args, { stdio: 'ignore' });
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

/** The compiled command line against `node -e 0`; the target is under 0.5 s per command. */
export async function cliStartFigures(log: (line: string) => void): Promise<void> {
  if (!freshCompiledCli(root)) await buildCli();
  const dir = mkdtempSync(join(tmpdir(), 'traject-bench-cli-'));
  try {
    const bare = medianMs(['-e', '0']);
    log(`  node -e 0: ${bare.toFixed(0)} ms`);
    for (const args of [['--help'], ['methods'], ['call', 'vault.status', '--vault', join(dir, 'vault')]]) {
      const ms = medianMs([bin, ...args]);
      log(`  traject ${args[0]}${args[1] && args[0] === 'call' ? ` ${args[1]}` : ''}: ${ms.toFixed(0)} ms (${(ms / bare).toFixed(1)}× node -e 0) ${ms < 500 ? 'on target' : 'NOT on target'}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
