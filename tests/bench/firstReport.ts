// The first 100-session report of a fresh process: fonts, pdfkit and the report code loaded for the
// first time. Timed inside a child process, from after its unlock to the finished PDF. The child is
// compiled first, as the app and the command line ship compiled JavaScript: compiling TypeScript on
// the fly would be timed too.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { build } from 'esbuild';
import { median } from './median';

const root = join(import.meta.dirname, '../..');

async function compiledChild(): Promise<string> {
  const outfile = join(root, 'out/bench/firstReportChild.mjs');
  await build({
    entryPoints: [join(import.meta.dirname, 'firstReportChild.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['better-sqlite3-multiple-ciphers', 'pdfkit', 'hash-wasm'],
    outfile,
    logLevel: 'warning',
  });
  return outfile;
}

export async function firstReportFigures(vaultDir: string, passphrase: string, trajectoryId: number, log: (line: string) => void): Promise<void> {
  const child = await compiledChild();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < 3; i++) {
    const out = execFileSync(process.execPath, [child, vaultDir, String(trajectoryId)], {
      env: { ...process.env, TRAJECT_PASSPHRASE: passphrase },
      encoding: 'utf8',
    });
    const [ms, cpuMs] = out.trim().split(' ').map(Number) as [number, number];
    wall.push(ms);
    cpu.push(cpuMs);
  }
  const verdict = median(wall) < 1000 ? 'on target (< 1 s)' : 'NOT on target (< 1 s)';
  log(
    `  first 100-session report in a fresh process: median ${median(wall).toFixed(0)} ms (${wall.map((t) => t.toFixed(0)).join(', ')}), ` +
      `of which ${median(cpu).toFixed(0)} ms on the processor, ${verdict}`,
  );
}
