// The first 100-session report of a fresh process: fonts, pdfkit and the report code loaded for the
// first time. Timed inside a child process, from after its unlock to the finished PDF.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const child = join(import.meta.dirname, 'firstReportChild.ts');

export async function firstReportFigures(vaultDir: string, passphrase: string, trajectoryId: number, log: (line: string) => void): Promise<void> {
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    const out = execFileSync(process.execPath, ['--import', 'tsx', child, vaultDir, String(trajectoryId)], {
      env: { ...process.env, TRAJECT_PASSPHRASE: passphrase },
      encoding: 'utf8',
    });
    times.push(Number(out.trim()));
  }
  times.sort((a, b) => a - b);
  log(`  first 100-session report in a fresh process: median ${times[1]!.toFixed(0)} ms (${times.map((t) => t.toFixed(0)).join(', ')}) ${times[1]! < 1000 ? 'on target (< 1 s)' : 'NOT on target (< 1 s)'}`);
}
