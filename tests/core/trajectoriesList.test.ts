import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { trajectoryFilter, trajectoryListOrder } from '../../electron/core/trajectories/repository';
import { invoke, makeClient, makeTrajectory, openPractice, type TestPractice } from '../support/factories';

let practice: TestPractice;
beforeAll(async () => {
  practice = await openPractice();
  const { core } = practice;
  const client = await makeClient(core, { firstName: 'Ilse', lastName: 'Ruimschoot' });
  for (let i = 0; i < 24; i++) {
    await makeTrajectory(core, {
      kind: i % 2 ? 'individual' : 'team',
      status: i % 3 === 0 ? 'closed' : 'active',
      title: i % 4 === 0 ? `Leiderschap ${i}` : `Loopbaan ${i}`,
      ...(i % 2 ? { participants: [{ clientId: client.id, role: 'client' as const }] } : {}),
    });
  }
});
afterAll(() => practice.close());

describe('the trajectories list is paged and filtered in the vault', () => {
  it('pages through every closed trajectory without losing or repeating one', async () => {
    const { core } = practice;
    const pages = [];
    for (let offset = 0; offset < 8; offset += 3) pages.push(await invoke(core, 'trajectories.list', { status: 'closed', offset, limit: 3 }));
    expect(pages.map((p) => p.total)).toEqual([8, 8, 8]);
    const ids = pages.flatMap((p) => p.items.map((t) => t.id));
    expect(new Set(ids).size).toBe(8);
    expect(pages.flatMap((p) => p.items.map((t) => t.status))).toEqual(Array(8).fill('closed'));
  });

  it('combines kind, status and words: a title word prefix or a participant name prefix', async () => {
    const { core } = practice;
    const byTitle = await invoke(core, 'trajectories.list', { status: 'all', kind: 'team', query: 'leider' });
    expect(byTitle.items.map((t) => t.title).sort()).toEqual(['Leiderschap 0', 'Leiderschap 12', 'Leiderschap 16', 'Leiderschap 20', 'Leiderschap 4', 'Leiderschap 8']);
    const byName = await invoke(core, 'trajectories.list', { status: 'open', query: 'ruimsch loopb' });
    expect(byName.total).toBe(8);
    expect(byName.items.every((t) => t.kind === 'individual' && t.status !== 'closed')).toBe(true);
    expect((await invoke(core, 'trajectories.list', { status: 'all', query: 'schap' })).total).toBe(0);
  });

  it('finds open trajectories through an index and words through the full-text indexes, never by a scan', () => {
    const db = practice.core.vault.db();
    const plan = (q: Parameters<typeof trajectoryFilter>[0]) => {
      const { clause, params } = trajectoryFilter(q);
      const rows = db.prepare(`EXPLAIN QUERY PLAN SELECT t.id FROM trajectory t ${clause} ${trajectoryListOrder} LIMIT 50`).all(params) as { detail: string }[];
      return rows.map((r) => r.detail).join('\n');
    };
    expect(plan({ status: 'open', query: '' })).toMatch(/SEARCH t USING (COVERING )?INDEX trajectory_by_status \(status=\?\)/);
    const search = plan({ status: 'open', query: 'loop' });
    expect(search).toContain('trajectory_fts VIRTUAL TABLE');
    expect(search).not.toMatch(/SCAN t\b(?! USING INDEX)/);
    expect(search).not.toMatch(/SCAN (c|client)\b/);
  });
});
