import type { InputOf, MethodName, OutputOf, ParsedInputOf } from '../../shared/contract';
import { checkInput } from '../../shared/contract/checkInput';
import type { ErrorCode, Result } from '../../shared/errors';
import type { Invoke } from '../../renderer/src/api/invoke';

type Answer<M extends MethodName> = Result<OutputOf<M>> | Promise<Result<OutputOf<M>>>;
/** What the test's core answers, per method; it receives the input as core's handler would (parsed, defaults filled). */
export type Script = { [M in MethodName]?: (input: ParsedInputOf<M>) => Answer<M> };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, extra: { field?: string; reason?: string } = {}): Result<never> => ({
  ok: false,
  error: { code, message: code, ...extra },
});

/**
 * The one stand-in for core in renderer tests. Every input is checked against the contract first,
 * exactly as core's dispatch checks it, so a screen that sends what core would refuse is refused
 * here too; then the test's script answers with a typed output. Core itself is tested on real vaults.
 */
export function fakeCore(script: Script = {}) {
  const calls: { method: MethodName; input: unknown }[] = [];
  const invoke = (async (method: MethodName, input: unknown) => {
    calls.push({ method, input });
    const checked = checkInput(method, input);
    if (!checked.ok) return checked;
    const answer = script[method] as ((input: unknown) => Answer<MethodName>) | undefined;
    return answer ? answer(checked.value) : fail('INTERNAL', { reason: `not scripted: ${method}` });
  }) as Invoke;
  /** What the screen sent to a method, as it sent it. */
  const inputsOf = <M extends MethodName>(method: M) => calls.filter((call) => call.method === method).map((call) => call.input as InputOf<M>);
  /** How many calls each method received, for tests that count what the screen asked. */
  const countCalls = () => {
    const counts: Partial<Record<MethodName, number>> = {};
    for (const { method } of calls) counts[method] = (counts[method] ?? 0) + 1;
    return counts;
  };
  return { invoke, calls, inputsOf, countCalls };
}
