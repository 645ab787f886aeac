import type { OutputOf } from '../../../shared/contract';
import type { ApiError, Result } from '../../../shared/errors';
import type { Invoke } from './invoke';
import { takeTokenFromLocation } from './token';

export type { Invoke } from './invoke';

/** Errors that happen before core answers; `reason` lets the screen say what went wrong. */
function transportError(reason: string): { ok: false; error: ApiError } {
  return { ok: false, error: { code: 'INTERNAL', message: `Traject could not be reached (${reason}).`, reason } };
}

function isResult(value: unknown): value is Result<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}

async function invokeOverHttp(method: string, input: unknown): Promise<Result<unknown>> {
  const token = takeTokenFromLocation();
  if (!token) return transportError('no_token');
  let response: Response;
  try {
    response = await fetch('/api/invoke', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-traject-token': token },
      body: JSON.stringify({ method, input }),
      cache: 'no-store',
      credentials: 'omit',
    });
  } catch {
    return transportError('unreachable');
  }
  if (response.status === 401 || response.status === 403) return transportError('no_token');
  const body: unknown = await response.json().catch(() => null);
  return isResult(body) ? body : transportError(`http_${response.status}`);
}

/** Every call into core goes through here: the Electron preload when present, else the loopback host. */
export const invoke: Invoke = async (method, input) => {
  const bridge = window.traject;
  let result: Result<unknown>;
  if (bridge) {
    try {
      result = await bridge.invoke(method, input);
    } catch {
      result = transportError('unreachable');
    }
  } else {
    result = await invokeOverHttp(method, input);
  }
  return result as Result<OutputOf<typeof method>>;
};
