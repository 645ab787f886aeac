import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

export interface RunningHost {
  /** The address with `#token=…`, as a practitioner would open it. */
  url: string;
  vaultDir: string;
  stop(): Promise<void>;
}

/** Start `traject host` on a fresh, empty vault folder, exactly as a practitioner would from a terminal. */
export async function startHost(): Promise<RunningHost> {
  const vaultDir = mkdtempSync(join(tmpdir(), 'traject-e2e-'));
  const args = ['--import', 'tsx', 'electron/cli/traject.mjs', 'host', '--vault', vaultDir, '--port', '0'];
  const child = spawn(process.execPath, args, { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    let stdout = '';
    const timer = setTimeout(() => reject(new Error(`the host printed no address in time:\n${stderr}`)), 30_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const line = stdout.split('\n').find((l) => l.startsWith('http://127.0.0.1'));
      if (line) {
        clearTimeout(timer);
        resolve(line.trim());
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the host stopped (exit ${code}):\n${stderr}`));
    });
  });
  return {
    url,
    vaultDir,
    stop: async () => {
      await stopChild(child);
      rmSync(vaultDir, { recursive: true, force: true });
    },
  };
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
