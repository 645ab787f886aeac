#!/usr/bin/env node
// The `traject` command: the compiled command line when it is up to date, else the TypeScript sources.
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { freshCompiledCli } from './compiled.mjs';

// `traject methods | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const compiled = freshCompiledCli(join(dirname(fileURLToPath(import.meta.url)), '../..'));
let main;
if (compiled) {
  ({ main } = await import(pathToFileURL(compiled).href));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('./main.ts'));
}
process.exitCode = await main(process.argv.slice(2));
