import { join } from 'node:path';
import { expect, it } from 'vitest';
import { call, makeVault, removeDir } from '../support/tempVault';

it('answers DISK_FULL when the database cannot grow, and keeps everything written before', async () => {
  const { core, dir } = await makeVault();
  await call(core, 'clients.create', { firstName: 'Eerste', lastName: 'Cliënt' });
  const db = core.vault.db();
  // A page limit at the current size behaves for SQLite exactly like a full disk.
  const pages = db.pragma('page_count', { simple: true }) as number;
  db.pragma(`max_page_count = ${pages}`);
  let full = null;
  for (let i = 0; i < 500 && !full; i++) {
    const result = await core.dispatch('clients.create', { firstName: 'Vulling', lastName: 'x'.repeat(90) + i });
    if (!result.ok) full = result.error;
  }
  expect(full).toMatchObject({ code: 'DISK_FULL' });
  db.pragma('max_page_count = 1073741823');
  const list = await call<{ items: { lastName: string }[] }>(core, 'clients.list', { query: 'Eerste' });
  expect(list.items.map((c) => c.lastName)).toEqual(['Cliënt']);
  await call(core, 'clients.create', { firstName: 'Na', lastName: 'Ruimte' });
  expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  core.vault.lock();
  removeDir(join(dir, '..'));
});
