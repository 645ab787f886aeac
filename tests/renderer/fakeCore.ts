import type { Client, InputOf, MethodName } from '../../shared/contract';
import type { Result } from '../../shared/errors';
import type { Invoke } from '../../renderer/src/api/transport';

/** A stand-in for core that remembers what the screen sent; core itself is tested on real vaults. */
export function makeFakeCore() {
  const calls: { method: MethodName; input: unknown }[] = [];
  const invoke: Invoke = async <M extends MethodName>(method: M, input: InputOf<M>) => {
    calls.push({ method, input });
    if (method === 'clients.create') {
      return { ok: true, value: makeClient(input as Partial<Client>) } as Result<never>;
    }
    return { ok: false, error: { code: 'INTERNAL', message: `not faked: ${method}` } } as Result<never>;
  };
  return { invoke, calls };
}

export function makeClient(overrides: Partial<Client> = {}): Client {
  return {
    id: 1,
    firstName: 'Anneke',
    lastName: 'van den Berg',
    preferredName: '',
    dateOfBirth: '',
    email: '',
    phone: '',
    address: '',
    language: 'nl',
    createdAt: '2026-11-27T10:00:00.000Z',
    updatedAt: '2026-11-27T10:00:00.000Z',
    archivedAt: null,
    ...overrides,
  };
}
