// Which code `traject` runs: the compiled out/cli/main.mjs when it is at least as new as every source
// file, else (while developing) the TypeScript sources through tsx.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function newestUnder(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = entry.name === 'node_modules' ? newest : Math.max(newest, newestUnder(path));
    else newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/** Whether `output` exists and no file under `sourceDirs` changed after it was written. */
export function builtAfterSources(output, sourceDirs) {
  if (!existsSync(output)) return false;
  const built = statSync(output).mtimeMs;
  return sourceDirs.filter((dir) => existsSync(dir)).every((dir) => newestUnder(dir) <= built);
}

/** The compiled command line if it can be used as it is, else null. */
export function freshCompiledCli(root) {
  const entry = join(root, 'out/cli/main.mjs');
  if (!existsSync(entry)) return null;
  const sources = ['electron', 'shared'].map((dir) => join(root, dir)).filter((dir) => existsSync(dir));
  // An installed copy ships no sources: what was compiled is what there is.
  if (sources.length === 0) return entry;
  return builtAfterSources(entry, sources) ? entry : null;
}
