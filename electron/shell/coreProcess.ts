import { utilityProcess } from 'electron';
import type { CoreProcess } from '../core/worker/client';

/** The core runs in a utility process, off the main thread (Signal runs its SQL the same way); this is its line. */
export function startCoreProcess(entryPath: string): CoreProcess {
  const child = utilityProcess.fork(entryPath, [], { serviceName: 'Traject core', stdio: 'inherit' });
  return {
    send: (message) => child.postMessage(message),
    onMessage: (listener) => child.on('message', listener),
    onExit: (listener) => child.on('exit', listener),
    kill: () => void child.kill(),
  };
}
