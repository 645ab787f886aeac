import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client, ClientList } from '../../shared/contract';
import { call, makeVault, removeDir } from '../support/tempVault';

type Vault = Awaited<ReturnType<typeof makeVault>>;

describe('clients', () => {
  let v: Vault;
  const add = (firstName: string, lastName: string, extra: object = {}) =>
    call<Client>(v.core, 'clients.create', { firstName, lastName, ...extra });
  beforeAll(async () => {
    v = await makeVault();
    await add('Pieter', 'Smit');
    await add('Anna', 'van den Berg');
    await add('Zoë', 'de Wit', { email: 'zoe@voorbeeld.nl' });
    await add('Ömer', 'Yılmaz');
  });
  afterAll(() => {
    v.core.vault.lock();
    removeDir(join(v.dir, '..'));
  });

  const names = (list: ClientList) => list.items.map((c) => `${c.firstName} ${c.lastName}`);

  it('sorts by surname the Dutch way: "van den Berg" under B', async () => {
    const list = await call<ClientList>(v.core, 'clients.list', { sort: 'name' });
    expect(names(list)).toEqual(['Anna van den Berg', 'Pieter Smit', 'Zoë de Wit', 'Ömer Yılmaz']);
  });

  it('finds a client without typing the diacritics, in any case, by several words', async () => {
    expect(names(await call<ClientList>(v.core, 'clients.list', { query: 'zoe' }))).toEqual(['Zoë de Wit']);
    expect(names(await call<ClientList>(v.core, 'clients.list', { query: 'OMER yil' }))).toEqual(['Ömer Yılmaz']);
    expect(names(await call<ClientList>(v.core, 'clients.list', { query: 'voorbeeld.nl' }))).toEqual(['Zoë de Wit']);
  });

  it('finds a client by the start of any word of a name, e-mail address or phone number, not by the middle of one', async () => {
    const lotte = await add('Lotte', 'Jansen-Bakker', { phone: '06 4123 8890' });
    expect(names(await call<ClientList>(v.core, 'clients.list', { query: 'bakk' }))).toEqual(['Lotte Jansen-Bakker']);
    expect(names(await call<ClientList>(v.core, 'clients.list', { query: '06 4123' }))).toEqual(['Lotte Jansen-Bakker']);
    expect(names(await call<ClientList>(v.core, 'clients.list', { query: 'l' }))).toEqual(['Lotte Jansen-Bakker']);
    expect((await call<ClientList>(v.core, 'clients.list', { query: 'akker' })).total).toBe(0);
    await call(v.core, 'clients.update', { id: lotte.id, lastName: 'Visser', phone: '' });
    expect((await call<ClientList>(v.core, 'clients.list', { query: 'bakk' })).total).toBe(0);
    expect((await call<ClientList>(v.core, 'clients.list', { query: '06 4123' })).total).toBe(0);
    await call(v.core, 'clients.archive', { id: lotte.id });
  });

  it('hides archived clients unless asked, and brings them back', async () => {
    const smit = (await call<ClientList>(v.core, 'clients.list', { query: 'smit' })).items[0]!;
    await call(v.core, 'clients.archive', { id: smit.id });
    expect((await call<ClientList>(v.core, 'clients.list', { query: 'smit' })).total).toBe(0);
    expect(names(await call<ClientList>(v.core, 'clients.list', { query: 'smit', archived: 'archived' }))).toEqual(['Pieter Smit']);
    await call(v.core, 'clients.archive', { id: smit.id, archived: false });
    expect((await call<ClientList>(v.core, 'clients.list', { query: 'smit' })).total).toBe(1);
  });

  it('pages through the list with a total', async () => {
    const page = await call<ClientList>(v.core, 'clients.list', { limit: 2, offset: 2 });
    expect(page.total).toBe(4);
    expect(names(page)).toEqual(['Zoë de Wit', 'Ömer Yılmaz']);
  });

  it('updates only the fields given and keeps the search index current', async () => {
    const wit = (await call<ClientList>(v.core, 'clients.list', { query: 'zoe' })).items[0]!;
    const updated = await call<Client>(v.core, 'clients.update', { id: wit.id, lastName: 'de Witte' });
    expect(updated).toMatchObject({ firstName: 'Zoë', lastName: 'de Witte', email: 'zoe@voorbeeld.nl' });
    expect(names(await call<ClientList>(v.core, 'clients.list', { query: 'witte' }))).toEqual(['Zoë de Witte']);
  });

  it('answers NOT_FOUND for a client that does not exist', async () => {
    expect(await v.core.dispatch('clients.get', { id: 999 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', field: 'id' } });
  });
});
