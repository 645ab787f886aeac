#!/usr/bin/env node
// Static security scan of the Electron code (electronegativity), fully offline:
//   node .ci/scan-electron.mjs [FOLDER...]      (default: electron/)
// Fails on any high or medium finding, and on any file it could not read.
//
// Offline by construction: the Electron version comes from package-lock.json (-e), the one check that
// downloads Electron's release list (AVAILABLE_SECURITY_FIXES_GLOBAL_CHECK) is left out, and every
// network connection this process tries (the tool also asks for fresh translations) is refused here.
import { readFileSync } from 'node:fs';
import dns from 'node:dns';
import { createRequire } from 'node:module';
import net from 'node:net';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const refused = [];

net.Socket.prototype.connect = function refuseConnection(...args) {
  const target = typeof args[0] === 'object' && args[0] !== null ? (args[0].host ?? args[0].path ?? '?') : String(args[1] ?? args[0]);
  refused.push(target);
  process.nextTick(() => this.destroy(Object.assign(new Error(`offline scan: no connection to ${target}`), { code: 'ENETUNREACH' })));
  return this;
};
dns.lookup = (hostname, _options, callback) => {
  refused.push(hostname);
  const done = typeof _options === 'function' ? _options : callback;
  process.nextTick(() => done(Object.assign(new Error(`offline scan: no lookup of ${hostname}`), { code: 'ENOTFOUND' })));
};

// The tool's own messages in English, from its bundled files.
process.env.LANG = 'en-US';
const require = createRequire(import.meta.url);
// Its HTTP client answers "offline" at once instead of retrying for seconds; the guard above stays the backstop.
const toolRequire = createRequire(require.resolve('@doyensec/electronegativity'));
const offline = (url) => {
  refused.push(new URL(String(url)).hostname);
  return Promise.reject(Object.assign(new Error('offline scan'), { code: 'ENETUNREACH' }));
};
offline.head = offline;
toolRequire.cache[toolRequire.resolve('got')] = { id: 'got', loaded: true, exports: offline };
const scan = require('@doyensec/electronegativity');
const run = scan.default ?? scan;

const lock = JSON.parse(readFileSync(resolve(root, 'package-lock.json'), 'utf8'));
const electronVersion = lock.packages?.['node_modules/electron']?.version;
if (!electronVersion) {
  console.error('scan-electron: no Electron version in package-lock.json');
  process.exit(2);
}

const inputs = process.argv.length > 2 ? process.argv.slice(2).map((p) => resolve(p)) : [resolve(root, 'electron')];
const failing = new Set(['HIGH', 'MEDIUM']);
let failed = false;

// The tool logs its own chatter (progress, "could not retrieve translations"): keep the output to the findings.
const log = console.log;
for (const input of inputs) {
  console.log = () => {};
  let result;
  try {
    result = await run(
      { input, electronVersionOverride: electronVersion, excludeFromScan: ['AvailableSecurityFixesGlobalCheck'], customScan: [], parserPlugins: [], isRelative: false },
      false,
    );
  } finally {
    console.log = log;
  }
  const shown = relative(root, input) || '.';
  for (const error of result.errors) {
    log(`${error.tolerable ? 'warning' : 'error'}  ${relative(root, error.file)}: ${error.message}`);
    if (!error.tolerable) failed = true;
  }
  const counts = { HIGH: 0, MEDIUM: 0, LOW: 0, INFORMATIONAL: 0 };
  for (const issue of result.issues) {
    const level = issue.severity.name;
    counts[level] = (counts[level] ?? 0) + 1;
    if (failing.has(level)) failed = true;
    log(`${level.padEnd(13)} ${issue.id} (${issue.confidence.name.toLowerCase()}) ${relative(root, issue.file)}:${issue.location.line}`);
  }
  log(`${shown}: ${counts.HIGH} high, ${counts.MEDIUM} medium, ${counts.LOW} low, ${counts.INFORMATIONAL} informational (${result.atomicChecks + result.globalChecks} checks, Electron ${electronVersion})`);
}
log(`network: ${refused.length === 0 ? 'nothing was tried' : `refused ${refused.length} attempt(s) (${[...new Set(refused)].join(', ')}); nothing left this machine`}`);
process.exit(failed ? 1 : 0);
