import { fileURLToPath } from 'node:url';
import { startHost } from '../host/host';

export const rendererDir = fileURLToPath(new URL('../../dist/renderer', import.meta.url));

/** `traject host`: browser mode on loopback; runs until Ctrl+C. */
export async function runHost(vaultDir: string, port: number): Promise<number> {
  const host = await startHost({ vaultDir, rendererDir, port });
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
