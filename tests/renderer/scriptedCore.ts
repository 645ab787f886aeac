import type { Backup, InputOf, MethodName, OutputOf } from '../../shared/contract';
import type { ErrorCode, Result } from '../../shared/errors';
import type { Invoke } from '../../renderer/src/api/transport';

type Answer<M extends MethodName> = Result<OutputOf<M>> | Promise<Result<OutputOf<M>>>;
export type Script = { [M in MethodName]?: (input: InputOf<M>) => Answer<M> };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, extra: { field?: string; reason?: string } = {}): Result<never> => ({
  ok: false,
  error: { code, message: code, ...extra },
});

/** A stand-in for core that answers each method as the test scripts it and remembers every call. */
export function scriptedCore(script: Script) {
  const calls: { method: MethodName; input: unknown }[] = [];
  const invoke = (async (method: MethodName, input: unknown) => {
    calls.push({ method, input });
    const answer = script[method] as ((input: unknown) => Answer<MethodName>) | undefined;
    return answer ? answer(input) : fail('INTERNAL');
  }) as Invoke;
  const inputsOf = (method: MethodName) => calls.filter((call) => call.method === method).map((call) => call.input);
  return { invoke, calls, inputsOf };
}

export function makeBackup(overrides: Partial<Backup> = {}): Backup {
  return {
    path: '/home/marloes/.config/Traject/vault/backups/traject-2026-12-01T1705.backup',
    fileName: 'traject-2026-12-01T1705.backup',
    createdAt: '2026-12-01T17:05:00', // local time: the test reads the same clock in any time zone
    bytes: 12_400_000,
    reason: 'daily',
    counts: { clients: 48, trajectories: 61, sessions: 1_204 },
    schemaVersion: 9,
    opensWithCurrentKey: true,
    sameVault: true,
    ...overrides,
  };
}
