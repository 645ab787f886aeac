import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Traject's own folder (the one with package.json and resources/), found from where this code
 * runs: the TypeScript sources under electron/, or the compiled command line under out/cli/.
 */
export function appRoot(from: string = import.meta.url): string {
  const start = path.dirname(fileURLToPath(from));
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json')) && existsSync(path.join(dir, 'resources'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`Traject's folder was not found above ${start}.`);
  }
}
