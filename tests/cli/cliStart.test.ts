import { execFile, execFileSync } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import { statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli, compiledEntry } from '../../electron/cli/buildCli.mjs';
import { freshCompiledCli } from '../../electron/cli/compiled.mjs';
import { passphrase, removeDir, tempDir } from '../support/tempVault';

const run = promisify(execFile);
const root = join(import.meta.dirname, '../..');
const bin = join(root, 'electron/cli/traject.mjs');

async function node(args: string[], env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await run(process.execPath, args, { env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** The compiled command line: one JavaScript file that answers exactly as the TypeScript sources do. */
describe('the compiled command line', () => {
  let dir: string;
  beforeAll(async () => {
    dir = tempDir();
    await buildCli();
  });
  afterAll(() => removeDir(dir));

  /** `main` of a given module, called with these arguments in a process of its own. */
  const mainOf = (entry: string, args: string[], flags: string[], env: Record<string, string>) =>
    node([...flags, '--input-type=module', '-e', `const { main } = await import(${JSON.stringify(pathToFileURL(entry).href)}); process.exitCode = await main(${JSON.stringify(args)});`], env);
  const compiled = (args: string[], env: Record<string, string> = {}) => mainOf(compiledEntry, args, [], env);
  const fromSources = (args: string[]) => mainOf(join(root, 'electron/cli/main.ts'), args, ['--import', 'tsx'], {});

  it('lists the same methods as the sources', async () => {
    const [built, sources] = await Promise.all([compiled(['methods']), fromSources(['methods'])]);
    expect(built.code).toBe(0);
    expect(built.stdout).toBe(sources.stdout);
  });

  it('creates a vault, stores a client and makes a report with the report fonts', async () => {
    const vault = join(dir, 'vault');
    const env = { TRAJECT_PASSPHRASE: passphrase };
    expect((await compiled(['init', '--vault', vault], env)).code).toBe(0);
    const client = await compiled(['call', 'clients.create', '{"firstName":"Ömer","lastName":"Yılmaz"}', '--vault', vault], env);
    expect(JSON.parse(client.stdout)).toMatchObject({ firstName: 'Ömer', lastName: 'Yılmaz' });
    const { id } = JSON.parse(client.stdout) as { id: number };
    const trajectory = await compiled(
      ['call', 'trajectories.create', JSON.stringify({ kind: 'individual', title: 'Weer vertrouwen', participants: [{ clientId: id, role: 'client' }] }), '--vault', vault],
      env,
    );
    expect(trajectory.code).toBe(0);
    const out = join(dir, 'rapport.pdf');
    const report = await compiled(['report', '--vault', vault, '--trajectory', String((JSON.parse(trajectory.stdout) as { id: number }).id), '--out', out], env);
    expect(report.code, report.stdout + report.stderr).toBe(0);
    expect(execFileSync('pdftotext', [out, '-']).toString()).toContain('Ömer');
  });

  it('is what `traject` runs while it is as new as the sources, and not once a source is newer', () => {
    expect(freshCompiledCli(root)).toBe(compiledEntry);
    const source = join(root, 'electron/cli/methods.ts');
    const { atime, mtime } = statSync(source);
    try {
      utimesSync(source, atime, new Date(statSync(compiledEntry).mtimeMs + 60_000));
      expect(freshCompiledCli(root)).toBeNull();
    } finally {
      utimesSync(source, atime, mtime);
    }
  });
});

describe('the traject command starting the loopback host', () => {
  let blocker: Server;
  let busyPort: number;
  let dir: string;
  beforeAll(async () => {
    dir = tempDir();
    blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', () => resolve()));
    busyPort = (blocker.address() as { port: number }).port;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => blocker.close(() => resolve()));
    removeDir(dir);
  });

  it('names the port when it is not a port, without a stack trace', async () => {
    for (const port of ['99999', 'abc', '80.5']) {
      const result = await node([bin, 'host', '--vault', join(dir, 'vault'), '--port', port]);
      expect(result.code, port).toBe(1);
      expect(JSON.parse(result.stdout)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'port' } });
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('says so when the port is taken by another program', async () => {
    const result = await node([bin, 'host', '--vault', join(dir, 'vault'), '--port', String(busyPort)]);
    expect(result.code).toBe(1);
    const { error } = JSON.parse(result.stdout) as { error: { code: string; field: string; message: string } };
    expect(error).toMatchObject({ code: 'CONFLICT', field: 'port' });
    expect(error.message).toContain(`Port ${busyPort} is already in use`);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('the traject command in a pipe', () => {
  it('stops quietly when the reader stops reading', () => {
    const out = execFileSync('bash', ['-c', `set -o pipefail; node ${JSON.stringify(bin)} methods | head -1; echo "exit $?"`], { encoding: 'utf8' });
    expect(out.trim().split('\n')).toEqual(['{', 'exit 0']);
  });
});
