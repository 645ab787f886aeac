import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, type MethodName } from '../../shared/contract';
import type { Core } from '../../electron/core/index';
import { fakeCore, ok, type Script } from '../renderer/fakeCore';
import { makeVault, removeDir } from '../support/tempVault';

// A fake that answers every method, so only the contract check can refuse a call.
const answersEverything = Object.fromEntries(Object.keys(contract).map((name) => [name, () => ok({})])) as Script;
const dataMethods = (Object.keys(contract) as MethodName[]).filter((name) => !name.startsWith('vault.') && name !== 'demo.seed' && name !== 'backups.restore' && name !== 'erasure.erase');

describe('the renderer tests’ fake core', () => {
  let vault: { core: Core; dir: string };
  beforeAll(async () => {
    vault = await makeVault();
  });
  afterAll(() => removeDir(vault.dir));

  it('refuses a client without a last name with the same answer as core, and never runs the script', async () => {
    let scriptRan = false;
    const fake = fakeCore({ 'clients.create': () => ((scriptRan = true), ok({} as never)) });
    const input = { firstName: 'Anneke', lastName: '' };
    const fromFake = await fake.invoke('clients.create', input);
    const fromCore = await vault.core.dispatch('clients.create', input);
    expect(fromFake).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'lastName' } });
    expect(fromFake).toEqual(fromCore);
    expect(scriptRan).toBe(false);
  });

  it('gives core’s own refusal for any invalid input to any data method', async () => {
    const fake = fakeCore(answersEverything);
    const invalidInput = fc.oneof(
      fc.dictionary(fc.stringMatching(/^[a-z][a-zA-Z]{2,10}$/), fc.oneof(fc.integer(), fc.string(), fc.boolean()), { minKeys: 1, maxKeys: 3 }),
      fc.record({ id: fc.oneof(fc.string(), fc.constant(-1), fc.constant(1.5)) }),
      fc.constant('not an object'),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...dataMethods), invalidInput, async (method, input) => {
        const fromCore = await vault.core.dispatch(method, input);
        fc.pre(!fromCore.ok && fromCore.error.code === 'INVALID_INPUT');
        expect(await fake.invoke(method, input as never)).toEqual(fromCore);
      }),
      { numRuns: 200 },
    );
  });

  it('hands the script the input as core parses it, defaults filled, and keeps what the screen sent', async () => {
    const seen: unknown[] = [];
    const fake = fakeCore({ 'clients.list': (input) => (seen.push(input), ok({ items: [], total: 0, offset: 0, limit: input.limit })) as never });
    expect((await fake.invoke('clients.list', { query: 'Jansen' })).ok).toBe(true);
    expect(seen).toEqual([expect.objectContaining({ query: 'Jansen', archived: 'active', sort: 'name', direction: 'asc' })]);
    expect(fake.inputsOf('clients.list')).toEqual([{ query: 'Jansen' }]);
  });
});
