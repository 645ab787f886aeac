#!/usr/bin/env node
// Builds the database module for Electron's ABI into out/native-electron, leaving node_modules (built for
// Node: tests, CLI, host) untouched, so neither runtime breaks the other. Needs Electron's headers
// (downloaded by node-gyp from electronjs.org). Prints the path of the built module.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);
const electronVersion = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version;
const source = dirname(require.resolve('better-sqlite3-multiple-ciphers/package.json'));
const target = join(root, 'out/native-electron', electronVersion);
const built = join(target, 'build/Release/better_sqlite3.node');

if (!existsSync(built)) {
  rmSync(target, { recursive: true, force: true });
  cpSync(source, target, { recursive: true, filter: (path) => !path.includes(`${source}/build`) });
  const env = { ...process.env };
  // A user-level npm `nodedir` would silently compile against Node's headers instead of Electron's.
  for (const key of Object.keys(env)) if (key.toLowerCase() === 'npm_config_nodedir') delete env[key];
  const gyp = join(dirname(require.resolve('node-gyp/package.json')), 'bin/node-gyp.js');
  const result = spawnSync(
    process.execPath,
    [gyp, 'rebuild', '--release', `--target=${electronVersion}`, '--runtime=electron', '--dist-url=https://electronjs.org/headers', '--nodedir='],
    { cwd: target, stdio: 'inherit', env },
  );
  if (result.status !== 0) process.exit(result.status ?? 1);
}
process.stdout.write(`${built}\n`);
