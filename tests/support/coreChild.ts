import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { CoreProcess } from '../../electron/core/worker/client';

const entry = join(import.meta.dirname, '../../electron/core/worker/entry.ts');
const shim = join(import.meta.dirname, 'parentPortShim.mjs');

/**
 * The core process as Electron runs it (the same entry), in a Node child: structured clone on the
 * line like Electron's, process.parentPort from the shim unless `withoutParentPort`.
 */
export function forkCore(options: { withoutParentPort?: boolean } = {}): CoreProcess & { child: ChildProcess } {
  const execArgv = ['--import', 'tsx', ...(options.withoutParentPort ? [] : ['--import', shim])];
  const child = fork(entry, [], { execArgv, serialization: 'advanced', stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
  // A send after the child died is reported by the exit event; nothing else to do with it.
  child.on('error', () => {});
  return {
    child,
    send: (message) => {
      child.send(message);
    },
    onMessage: (listener) => child.on('message', listener),
    onExit: (listener) => child.on('exit', (code) => listener(code)),
    kill: () => child.kill('SIGKILL'),
  };
}
