import type { z } from 'zod';
import { contract, isMethodName, type MethodName } from '../../shared/contract';
import { AppError, type ApiError, type Result } from '../../shared/errors';
import { auditRecordFor } from './audit/opened';
import { refusedInClientMode } from './clientMode/state';
import type { CoreContext, Handler, Handlers } from './context';
import { handlers as allHandlers } from './handlers';

/** Anything larger is refused before parsing: no method needs more than a long session note or two. */
export const maxInputBytes = 2 * 1024 * 1024;

function invalid(field: string, reason: string, message: string): Result<never> {
  return { ok: false, error: { code: 'INVALID_INPUT', field, reason, message } };
}

function firstIssue(error: z.ZodError): ApiError {
  const issue = error.issues[0]!;
  let path = issue.path.map(String);
  if (issue.code === 'unrecognized_keys' && issue.keys[0] !== undefined) path = [...path, issue.keys[0]];
  const field = path.join('.');
  const reason = issue.code === 'custom' || issue.code === 'invalid_format' ? issue.message : issue.code;
  return { code: 'INVALID_INPUT', field, reason, message: `${field || 'input'}: ${issue.message}` };
}

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
    if (typeof method !== 'string' || !isMethodName(method)) {
      return invalid('method', 'unknown_method', 'There is no such method.');
    }
    const refused = refusedInClientMode(ctx.vault, method);
    if (refused) return { ok: false, error: refused };
    let size: number;
    try {
      size = Buffer.byteLength(JSON.stringify(input ?? {}) ?? '', 'utf8');
    } catch {
      return invalid('', 'not_json', 'The input is not plain JSON.');
    }
    if (size > maxInputBytes) return invalid('', 'too_big', 'The input is too large.');
    const parsed = contract[method].input.safeParse(input ?? {});
    if (!parsed.success) return { ok: false, error: firstIssue(parsed.error) };
    try {
      const handler = handlers[method] as Handler<MethodName>;
      const value = await handler(parsed.data as never, ctx);
      const audit = auditRecordFor(method, parsed.data, value);
      if (audit) ctx.vault.record(audit);
      return { ok: true, value };
    } catch (error) {
      return { ok: false, error: toApiError(error) };
    }
  };
}
