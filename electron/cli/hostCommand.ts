import { join } from 'node:path';
import { appRoot } from '../core/appRoot';
import { AppError } from '../../shared/errors';
import { startHost, type Host } from '../host/host';

export const rendererDir = join(appRoot(), 'dist/renderer');

/** `traject host`: browser mode on loopback; runs until Ctrl+C. */
export async function runHost(vaultDir: string, port: number): Promise<number> {
  const host = await listen(vaultDir, port);
  process.stdout.write(
    `${host.url}\n\nTraject is running in browser mode for the vault in ${vaultDir}.\n` +
      'Open the address above in your browser; press Ctrl+C to stop (the vault locks).\n',
  );
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await host.close();
  return 0;
}

/** `--port N`: a whole number up to 65535; without it (or with 0), any free port. */
export function portOf(given: unknown): number {
  if (given === undefined) return 0;
  const port = Number(given);
  if (typeof given !== 'string' || !/^\d+$/.test(given) || port > 65535) {
    throw new AppError('INVALID_INPUT', `--port takes a whole number from 1 to 65535, not "${String(given)}". Leave it out to take any free port.`, 'port', 'invalid_port');
  }
  return port;
}

async function listen(vaultDir: string, port: number): Promise<Host> {
  try {
    return await startHost({ vaultDir, rendererDir, port });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') {
      throw new AppError('CONFLICT', `Port ${port} is already in use by another program. Choose another with --port N, or leave --port out to take any free port.`, 'port', 'port_in_use');
    }
    if (code === 'EACCES') {
      throw new AppError('INVALID_INPUT', `This system does not allow Traject to listen on port ${port}. Choose a port above 1023, or leave --port out.`, 'port', 'port_not_allowed');
    }
    throw error;
  }
}
