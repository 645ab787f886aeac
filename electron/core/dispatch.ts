import { isMethodName, type MethodName } from '../../shared/contract';
import { checkInput } from '../../shared/contract/checkInput';
import { AppError, type ApiError, type Result } from '../../shared/errors';
export { maxInputBytes } from '../../shared/contract/checkInput';
import { auditRecordFor } from './audit/opened';
import { refusedInClientMode } from './clientMode/state';
import type { CoreContext, Handler, Handlers } from './context';
import { handlers as allHandlers } from './handlers';

function toApiError(error: unknown): ApiError {
  if (error instanceof AppError) return error.toApiError();
  const code = (error as { code?: string }).code;
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') return { code: 'DISK_FULL', message: 'The disk is full; nothing was changed.' };
  if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB') return { code: 'DATABASE_DAMAGED', message: 'The vault database is damaged.' };
  if (code?.startsWith('SQLITE_READONLY') || code === 'EROFS') return { code: 'READ_ONLY', message: 'The vault is read-only here; nothing was changed.' };
  // Never pass internal messages on: they can contain client data.
  console.error('traject: internal error', code ?? (error as Error)?.name);
  return { code: 'INTERNAL', message: 'Something went wrong inside Traject; nothing was changed.' };
}

export type Dispatch = (method: string, input: unknown) => Promise<Result<unknown>>;

/** The one door into core: validate, run the handler, return a result value. Never throws. */
export function createDispatch(ctx: CoreContext, handlers: Handlers = allHandlers): Dispatch {
  return async (method, input) => {
    // Client mode refuses by name before anything is parsed; an unknown name is the contract's to refuse.
    const refused = typeof method === 'string' && isMethodName(method) ? refusedInClientMode(ctx.vault, method) : null;
    if (refused) return { ok: false, error: refused };
    const parsed = checkInput(method, input);
    if (!parsed.ok) return parsed;
    try {
      const handler = handlers[parsed.method] as Handler<MethodName>;
      const value = await handler(parsed.value as never, ctx);
      const audit = auditRecordFor(parsed.method, parsed.value, value);
      if (audit) ctx.vault.record(audit);
      return { ok: true, value };
    } catch (error) {
      return { ok: false, error: toApiError(error) };
    }
  };
}
