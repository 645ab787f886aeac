import { AppError, type Result } from '../../../shared/errors';
import { createCore, type Core } from '../index';
import { coreRequestSchema, type CoreAnswer, type CorePort } from './protocol';

const notStarted: Result<never> = { ok: false, error: { code: 'INTERNAL', reason: 'not_started', message: 'The data process has not been started.' } };

/**
 * The core's side: answer each call through the same dispatch as the CLI and the host. Calls run as
 * they arrive, like in one process; each answer names its call.
 */
export function serveCore(port: CorePort<CoreAnswer>, open: typeof createCore = createCore): void {
  let core: Core | null = null;
  const answer = (id: number, result: Result<unknown>): void => {
    try {
      port.send({ kind: 'answer', id, result });
    } catch {
      // An answer that cannot cross (not plain data) still answers, so the caller never waits forever.
      port.send({ kind: 'answer', id, result: { ok: false, error: { code: 'INTERNAL', reason: 'not_json', message: 'The answer could not be sent.' } } });
    }
  };

  port.onMessage((raw) => {
    const parsed = coreRequestSchema.safeParse(raw);
    if (!parsed.success) {
      const id = (raw as { id?: unknown } | null)?.id;
      if (typeof id === 'number' && Number.isSafeInteger(id) && id > 0) {
        answer(id, { ok: false, error: { code: 'INVALID_INPUT', field: '', reason: 'malformed_message', message: 'The message to the data process was malformed.' } });
      }
      return;
    }
    const request = parsed.data;
    switch (request.kind) {
      case 'start':
        // One vault per process: a second start is ignored.
        core ??= open(request.options.vaultDir, undefined, request.options);
        return;
      case 'call':
        if (!core) return answer(request.id, notStarted);
        void core.dispatch(request.method as string, request.input).then((result) => answer(request.id, result));
        return;
      case 'lock':
        if (!core) return answer(request.id, notStarted);
        try {
          answer(request.id, { ok: true, value: core.vault.lock(request.reason) });
        } catch (error) {
          const apiError = error instanceof AppError ? error.toApiError() : { code: 'INTERNAL' as const, message: 'The vault could not be locked cleanly.' };
          answer(request.id, { ok: false, error: apiError });
        }
        return;
    }
  });
  port.send({ kind: 'ready' });
}
