import type { InputOf, MethodName, OutputOf } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import type { Dispatch } from '../dispatch';

/** Typed calls through the one door, so the demo practice obeys every rule a user's input obeys. */
export type Call = <M extends MethodName>(method: M, input: InputOf<M>) => Promise<OutputOf<M>>;

export function typedCall(dispatch: Dispatch): Call {
  return async (method, input) => {
    const result = await dispatch(method, input);
    if (!result.ok) {
      throw new AppError(result.error.code, `demo: ${method} failed: ${result.error.message}`, result.error.field);
    }
    return result.value as never;
  };
}

/** Local calendar arithmetic for a demo anchored on today. */
export function localDay(today: Date, offsetDays: number): string {
  const d = new Date(today.getFullYear(), today.getMonth(), today.getDate() + offsetDays);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function localDateTime(today: Date, offsetDays: number, time: string): string {
  return `${localDay(today, offsetDays)}T${time}`;
}
