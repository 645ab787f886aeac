#!/usr/bin/env node
// The `traject` command: runs the TypeScript sources directly, so the CLI never drifts from core.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv.slice(2));
