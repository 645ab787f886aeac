import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/core/db/open';
import { createCore } from '../../electron/core/index';
import { call, passphrase, removeDir, tempDir } from '../support/tempVault';

const run = promisify(execFile);
const bin = join(import.meta.dirname, '../../electron/cli/traject.mjs');

async function traject(args: string[], env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], { env: { ...process.env, TRAJECT_PASSPHRASE: passphrase, ...env } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

// Each command is a process of its own: give them time on a busy machine.
describe('the traject command for back-ups, export, erasure, audit and keys', { timeout: 240_000 }, () => {
  let dir: string;
  let vault: string;
  let recoveryKey: string;
  let backupPath: string;
  beforeAll(async () => {
    dir = tempDir();
    vault = join(dir, 'vault');
    const core = createCore(vault);
    recoveryKey = (await call<{ recoveryKey: string }>(core, 'vault.create', { passphrase })).recoveryKey;
    for (const [firstName, lastName] of [['Lotte', 'Visser'], ['Bram', 'de Graaf'], ['Noor', 'Smits']]) {
      await call(core, 'clients.create', { firstName, lastName, address: 'Kerkstraat 1, 1234 AB Utrecht' });
    }
    core.vault.lock();
  });
  afterAll(() => removeDir(dir));

  it('makes a back-up, prints its path, and lists it as JSON', async () => {
    const made = await traject(['backup', '--vault', vault]);
    expect(made.code).toBe(0);
    backupPath = made.stdout.trim();
    expect(existsSync(backupPath)).toBe(true);
    const listed = await traject(['backups', '--vault', vault], { TRAJECT_PASSPHRASE: '' });
    expect(JSON.parse(listed.stdout)).toContainEqual(
      expect.objectContaining({ path: backupPath, bytes: expect.any(Number), counts: { clients: 3, trajectories: 0, sessions: 0 } }),
    );
  });

  it('answers DISK_FULL when the back-up folder is full, leaves no partial file, and the vault as it was', async () => {
    const mount = join(dir, 'kleine-schijf');
    mkdirSync(mount);
    const script = `mount -t tmpfs -o size=64k tmpfs "$1" && "$2" "$3" backup --vault "$4" --to "$1"; echo "exit=$?"; ls -A "$1"`;
    const { stdout } = await run('unshare', ['-rm', 'sh', '-c', script, 'sh', mount, process.execPath, bin, vault], {
      env: { ...process.env, TRAJECT_PASSPHRASE: passphrase },
    });
    const [json, exit, ...left] = splitOutput(stdout.trim());
    expect(JSON.parse(json!)).toMatchObject({ ok: false, error: { code: 'DISK_FULL' } });
    expect(exit).toBe('exit=1');
    expect(left.filter(Boolean)).toEqual([]);
    const core = createCore(vault);
    await call(core, 'vault.unlock', { passphrase });
    expect((await call<{ total: number }>(core, 'clients.list', {})).total).toBe(3);
    expect(core.vault.db().pragma('integrity_check', { simple: true })).toBe('ok');
    core.vault.closeSession();
  });

  it('exports a client as JSON with a PDF summary beside it', async () => {
    const out = join(dir, 'lotte.json');
    const result = await traject(['export', '--vault', vault, '--client', '1', '--out', out]);
    expect(result.code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toMatchObject({ format: 'traject-client-export', clientId: 1 });
    expect(readFileSync(join(dir, 'lotte.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    const all = join(dir, 'praktijk.json');
    expect((await traject(['export', '--vault', vault, '--all', '--out', all])).code).toBe(0);
    expect(JSON.parse(readFileSync(all, 'utf8')).tables.client).toHaveLength(3);
  });

  it('erases only with --yes, then the client is gone and a restore does not bring it back', async () => {
    const asked = await traject(['erase', '--vault', vault, '--client', '2', '--reason', 'client_request']);
    expect(asked.code).not.toBe(0);
    expect(asked.stdout).toContain('"field": "yes"');
    expect((await traject(['erase', '--vault', vault, '--client', '2', '--reason', 'client_request', '--yes'])).code).toBe(0);
    const restored = await traject(['restore', '--vault', vault, '--from', backupPath]);
    expect(restored.code).toBe(0);
    expect(JSON.parse(restored.stdout)).toMatchObject({ erasuresReapplied: 1 });
    const listed = await traject(['call', 'clients.list', '{}', '--vault', vault]);
    expect(JSON.parse(listed.stdout).items.map((c: { lastName: string }) => c.lastName).sort()).toEqual(['Smits', 'Visser']);
  });

  it('prints the audit log and verifies its chain, exiting non-zero when it is broken', async () => {
    const log = JSON.parse((await traject(['audit', '--vault', vault, '--client', '1'])).stdout) as { event: string }[];
    expect(log.map((e) => e.event)).toContain('client_exported');
    expect((await traject(['audit', '--vault', vault, '--verify'])).code).toBe(0);
    const core = createCore(vault);
    await call(core, 'vault.unlock', { passphrase });
    const key = Buffer.from(core.vault.session().dataKey);
    core.vault.closeSession();
    const db = openDatabase(join(vault, 'vault.db'), { key });
    db.exec('DROP TRIGGER audit_event_no_update');
    db.prepare(`UPDATE audit_event SET device = 'elders' WHERE id = 3`).run();
    db.close();
    const broken = await traject(['audit', '--vault', vault, '--verify']);
    expect(broken.code).not.toBe(0);
    expect(JSON.parse(broken.stdout)).toMatchObject({ intact: false, firstBrokenId: 3 });
  });

  it('sets a new passphrase with the recovery key, and rotates the data key', async () => {
    writeFileSync(join(dir, 'herstel.txt'), recoveryKey);
    writeFileSync(join(dir, 'nieuw.txt'), 'een heel nieuwe wachtwoordzin\n');
    const recovered = await traject(['recover', '--vault', vault, '--recovery-key-file', join(dir, 'herstel.txt'), '--new-passphrase-file', join(dir, 'nieuw.txt')]);
    expect(recovered.code).toBe(0);
    const env = { TRAJECT_PASSPHRASE: 'een heel nieuwe wachtwoordzin' };
    const rekeyed = await traject(['rekey', '--vault', vault], env);
    expect(rekeyed.code).toBe(0);
    expect(rekeyed.stdout.trim()).toMatch(/^([0-9A-Z]{5}-){7}[0-9A-Z]{5}$/);
    expect(rekeyed.stdout.trim()).not.toBe(recoveryKey);
    expect((await traject(['call', 'clients.list', '{}', '--vault', vault], env)).code).toBe(0);
  });
});

/** The CLI's JSON, then the exit line, then what is left in the folder. */
function splitOutput(stdout: string): string[] {
  const at = stdout.lastIndexOf('\nexit=');
  const rest = stdout.slice(at + 1).split('\n');
  return [stdout.slice(0, at), rest[0]!, ...rest.slice(1)];
}
