import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { removeDir, tempDir } from '../support/tempVault';

const run = promisify(execFile);
const script = join(import.meta.dirname, '../../.ci/scan-electron.mjs');
const folder = tempDir();
afterAll(() => removeDir(folder));

/** The scan as CI runs it, but in a network namespace of its own: no network exists there at all. */
async function scanWithoutNetwork(input: string): Promise<{ code: number; stdout: string }> {
  try {
    const { stdout } = await run('unshare', ['--net', process.execPath, script, input]);
    return { code: 0, stdout };
  } catch (error) {
    const e = error as { code: number; stdout: string };
    return { code: e.code, stdout: e.stdout };
  }
}

describe('the static security scan of the Electron code', () => {
  it('fails on a window without context isolation that loads a remote page, naming each finding, without any network', async () => {
    const loose = join(folder, 'loose');
    mkdirSync(loose);
    writeFileSync(
      join(loose, 'window.js'),
      `const { BrowserWindow } = require('electron');
const window = new BrowserWindow({ webPreferences: { contextIsolation: false, sandbox: false } });
window.loadURL('http://example.com/');
`,
    );
    const result = await scanWithoutNetwork(loose);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/HIGH +CONTEXT_ISOLATION_JS_CHECK .*window\.js:2/);
    expect(result.stdout).toMatch(/HIGH +LIMIT_NAVIGATION_GLOBAL_CHECK/);
    expect(result.stdout).toMatch(/MEDIUM +HTTP_RESOURCES_JS_CHECK .*window\.js:3/);
    expect(result.stdout).toMatch(/Electron \d+\.\d+\.\d+\)/);
    expect(result.stdout).toContain('nothing left this machine');
  });

  it("passes on Traject's own Electron code: no high and no medium finding", async () => {
    const result = await scanWithoutNetwork(join(import.meta.dirname, '../../electron'));
    expect(result.stdout).toMatch(/^electron: 0 high, 0 medium, /m);
    expect(result.code).toBe(0);
  });
});
