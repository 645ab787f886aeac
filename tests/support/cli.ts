import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { passphrase } from './tempVault';

const run = promisify(execFile);
const bin = join(import.meta.dirname, '../../electron/cli/traject.mjs');

/** Run the `traject` command as a user would, with the test passphrase; never throws. */
export async function traject(args: string[], env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], { env: { ...process.env, TRAJECT_PASSPHRASE: passphrase, ...env } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}
