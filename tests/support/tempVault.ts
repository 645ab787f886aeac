import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCore, type Core } from '../../electron/core/index';

export const passphrase = 'rustige zee bij Egmond';

export function tempDir(prefix = 'traject-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** A new encrypted vault in a temp folder, unlocked, with its recovery key. */
export async function makeVault(): Promise<{ core: Core; dir: string; recoveryKey: string }> {
  const dir = join(tempDir(), 'vault');
  const core = createCore(dir);
  const created = await core.dispatch('vault.create', { passphrase });
  if (!created.ok) throw new Error(`vault.create failed: ${created.error.code}`);
  return { core, dir, recoveryKey: (created.value as { recoveryKey: string }).recoveryKey };
}

/** The note of failed unlocks: the one file a wrong passphrase may add (see vault/failedUnlocks). */
export const failedUnlockNote = 'vault.failed-unlocks';

/** Every file in the folder and below it with a hash of its bytes: to prove that nothing changed. */
export function snapshotFolder(dir: string, except: readonly string[] = []): Record<string, string> {
  const files: [string, string][] = [];
  const walk = (sub: string) => {
    for (const entry of readdirSync(join(dir, sub), { withFileTypes: true })) {
      const rel = sub ? `${sub}/${entry.name}` : entry.name;
      if (except.includes(rel)) continue;
      if (entry.isDirectory()) walk(rel);
      else files.push([rel, createHash('sha256').update(readFileSync(join(dir, rel))).digest('hex')]);
    }
  };
  walk('');
  return Object.fromEntries(files.sort(([a], [b]) => a.localeCompare(b)));
}

/** Call a method and return its value, failing the test with the error code otherwise. */
export async function call<T = unknown>(core: Core, method: string, input: unknown = {}): Promise<T> {
  const result = await core.dispatch(method, input);
  if (!result.ok) throw new Error(`${method} failed: ${result.error.code} ${result.error.field ?? ''} ${result.error.message}`);
  return result.value as T;
}
