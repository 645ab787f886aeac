import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contract, type MethodName } from '../../shared/contract';
import type { CoreContext, Handlers } from '../../electron/core/context';
import { createDispatch, maxInputBytes } from '../../electron/core/dispatch';
import { Vault } from '../../electron/core/vault/vault';
import { tempDir } from '../support/tempVault';

/** Handlers that only count their calls: to prove that invalid input never reaches one. */
function countingHandlers(): { handlers: Handlers; calls: () => number } {
  let calls = 0;
  const handlers = Object.fromEntries(
    Object.keys(contract).map((name) => [name, () => ((calls += 1), {})]),
  ) as unknown as Handlers;
  return { handlers, calls: () => calls };
}

const ctx: CoreContext = { vault: new Vault(tempDir()), clock: { now: () => new Date('2026-11-27T10:00:00Z') } };
const methodNames = Object.keys(contract) as MethodName[];
const methodsWithFields = methodNames.filter((m) => m !== 'vault.unlock');

describe('dispatch', () => {
  it('refuses unknown methods with INVALID_INPUT on the method field', async () => {
    const { handlers, calls } = countingHandlers();
    const dispatch = createDispatch(ctx, handlers);
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 40 }).filter((s) => !(s in contract)), async (name) => {
        const result = await dispatch(name, {});
        expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'method' } });
      }),
    );
    expect(calls()).toBe(0);
  });

  it('refuses an extra field on every method, naming that field', async () => {
    const { handlers, calls } = countingHandlers();
    const dispatch = createDispatch(ctx, handlers);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...methodsWithFields),
        fc.stringMatching(/^[a-z][a-zA-Z]{2,12}$/).filter((k) => !['id', 'query'].includes(k)),
        async (method, key) => {
          const shape = (contract[method].input as unknown as { shape?: Record<string, unknown> }).shape ?? {};
          fc.pre(!(key in shape));
          const result = await dispatch(method, { [key]: 1 });
          expect(result.ok).toBe(false);
          if (!result.ok) expect(result.error.code).toBe('INVALID_INPUT');
        },
      ),
    );
    expect(calls()).toBe(0);
  });

  it('names the field when a type is wrong', async () => {
    const { handlers, calls } = countingHandlers();
    const dispatch = createDispatch(ctx, handlers);
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.integer(), fc.boolean(), fc.constant(null), fc.array(fc.string())), async (value) => {
        const result = await dispatch('clients.create', { firstName: value, lastName: 'Jansen' });
        expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'firstName' } });
      }),
    );
    expect(calls()).toBe(0);
  });

  it('refuses oversized strings with the field named, and never echoes the text', async () => {
    const { handlers, calls } = countingHandlers();
    const dispatch = createDispatch(ctx, handlers);
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 101, max: 5000 }), async (length) => {
        const text = 'Ë'.repeat(length);
        const result = await dispatch('clients.create', { firstName: 'An', lastName: text });
        expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'lastName', reason: 'too_big' } });
        expect(JSON.stringify(result)).not.toContain('ËËË');
      }),
      { numRuns: 30 },
    );
    expect(calls()).toBe(0);
  });

  it('refuses input larger than the overall cap before parsing it', async () => {
    const { handlers, calls } = countingHandlers();
    const result = await createDispatch(ctx, handlers)('clients.list', { query: 'x'.repeat(maxInputBytes + 1) });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', reason: 'too_big' } });
    expect(calls()).toBe(0);
  });

  it('never throws, whatever the input', async () => {
    const dispatch = createDispatch(ctx);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...methodNames), fc.anything(), async (method, input) => {
        const result = await dispatch(method, input);
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });

  it('answers VAULT_LOCKED for data methods while the vault is locked', async () => {
    const result = await createDispatch(ctx)('clients.list', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'VAULT_LOCKED' } });
  });
});
