// Compiles the command line (and the loopback host it starts) to one JavaScript file, out/cli/main.mjs,
// so `traject` starts without compiling TypeScript.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
export const compiledEntry = join(root, 'out/cli/main.mjs');

export async function buildCli() {
  const result = await build({
    entryPoints: [join(root, 'electron/cli/main.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // zod is bundled in: one file loads faster than its hundreds of modules. The database module is
    // native, pdfkit reads its own data files, hash-wasm its WebAssembly: those stay in node_modules.
    external: ['better-sqlite3-multiple-ciphers', 'pdfkit', 'hash-wasm'],
    write: false,
    legalComments: 'none',
    logLevel: 'warning',
  });
  mkdirSync(dirname(compiledEntry), { recursive: true });
  // Written beside and renamed: a `traject` starting meanwhile sees the old file or the new, never half.
  const partial = `${compiledEntry}.${process.pid}.partial`;
  writeFileSync(partial, result.outputFiles[0].contents);
  renameSync(partial, compiledEntry);
  return compiledEntry;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const started = performance.now();
  await buildCli();
  process.stdout.write(`out/cli/main.mjs built in ${Math.round(performance.now() - started)} ms\n`);
}
