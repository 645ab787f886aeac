// The core process's entry: Electron starts it as a utility process (electron/shell/coreProcess.ts).
// Its only Electron part is process.parentPort, the line to the main process.
import { serveCore } from './server';

interface ParentPort {
  on(event: 'message', listener: (event: { data: unknown }) => void): void;
  postMessage(message: unknown): void;
}

const parentPort = (process as unknown as { parentPort?: ParentPort }).parentPort;
if (!parentPort) throw new Error('The core process is started by Traject, as a utility process.');
serveCore({ send: (message) => parentPort.postMessage(message), onMessage: (listener) => parentPort.on('message', (event) => listener(event.data)) });
