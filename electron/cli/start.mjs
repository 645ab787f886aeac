#!/usr/bin/env node
// `npm start`: the desktop app when Electron is installed; otherwise the same app in browser mode on loopback.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtAfterSources, freshCompiledCli } from './compiled.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function electronBinary() {
  try {
    const pkg = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
    const pathFile = join(pkg, 'path.txt');
    if (!existsSync(pathFile)) return null;
    const binary = join(pkg, 'dist', readFileSync(pathFile, 'utf8').trim());
    return existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

function run(args) {
  const result = spawnSync(npm, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (electronBinary()) {
  run(['run', 'build:electron']);
  // Electron gets its own build of the database module; node_modules keeps the one for Node.
  const native = spawnSync(process.execPath, [join(root, 'electron/cli/nativeForElectron.mjs')], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (native.status !== 0) process.exit(native.status ?? 1);
  const env = { ...process.env, TRAJECT_ELECTRON_NATIVE_BINDING: native.stdout.toString().trim() };
  const child = spawn(electronBinary(), [root], { stdio: 'inherit', env });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  process.stderr.write(
    'The Electron binary is not installed on this machine (it could not be downloaded),\n' +
      'so Traject opens in browser mode instead: the same app, served on 127.0.0.1 only.\n\n',
  );
  // Built once, and again only after a source file changed.
  const rendererSources = ['renderer', 'shared'].map((dir) => join(root, dir));
  if (!builtAfterSources(join(root, 'dist/renderer/index.html'), rendererSources)) run(['run', 'build:renderer']);
  if (!freshCompiledCli(root)) run(['run', 'build:cli']);
  process.stderr.write(
    'Your browser opens Traject; the page asks for your passphrase (or, the first time, helps you create a vault).\n\n',
  );
  const host = spawn(process.execPath, [join(root, 'electron/cli/traject.mjs'), 'host', ...process.argv.slice(2)], {
    cwd: root,
    stdio: ['inherit', 'pipe', 'inherit'],
  });
  host.stdout.on('data', (chunk) => {
    const text = chunk.toString();
    process.stdout.write(text);
    const url = text.split('\n').find((line) => line.startsWith('http://127.0.0.1'));
    if (url) openBrowser(url);
  });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => host.kill(signal));
  host.on('exit', (code) => process.exit(code ?? 0));
}

function openBrowser(url) {
  const opener = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
  try {
    const child = spawn(opener, [url], { stdio: 'ignore', detached: true });
    child.on('error', () => process.stderr.write('Open the address above in your browser.\n'));
    child.unref();
  } catch {
    process.stderr.write('Open the address above in your browser.\n');
  }
}
