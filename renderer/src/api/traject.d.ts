import type { Result } from '../../../shared/errors';

declare global {
  interface Window {
    /** Present only inside the Electron app: the preload's single door into core. */
    traject?: {
      invoke: (method: string, input: unknown) => Promise<Result<unknown>>;
    };
  }
}

export {};
