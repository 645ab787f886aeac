import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../electron/core/db/open';
import { migratedDatabase } from '../support/migrationDb';

const now = '2026-11-27T09:00:00.000Z';

const rowsAtVersion7 = `
  INSERT INTO client (id, first_name, last_name, created_at, updated_at) VALUES (1, 'Sanne', 'de Vries', '${now}', '${now}');
  INSERT INTO trajectory (id, kind, title, status, created_at, updated_at) VALUES
    (1, 'individual', 'Loopbaancoaching Sanne', 'active', '${now}', '${now}'),
    (2, 'individual', 'Afgesloten traject', 'closed', '${now}', '${now}');
  INSERT INTO participant (id, trajectory_id, client_id, role, joined_at) VALUES (1, 1, 1, 'client', '${now}');
  INSERT INTO session (id, trajectory_id, starts_at, duration_minutes, kind, status, created_at, updated_at)
    VALUES (1, 1, '2026-11-20T10:00', 60, 'intake', 'held', '${now}', '${now}');
  INSERT INTO agreement (id, trajectory_id, made_in_session_id, made_at, owner_kind, text, due_kind, created_at, updated_at)
    VALUES (1, 1, 1, '2026-11-20T10:00', 'all', 'Elke week een wandeling', 'next_session', '${now}', '${now}');
`;

describe("migration 8 (the practitioner's day)", () => {
  let db: Db;
  let remove: () => void;
  beforeAll(() => {
    ({ db, remove } = migratedDatabase({ from: 7, to: 8, fill: (before) => before.exec(rowsAtVersion7) }));
  });
  afterAll(() => remove());

  it('keeps every session, not started and in no series', () => {
    expect(db.prepare('SELECT id, status, started_at, series_id FROM session').all()).toEqual([
      { id: 1, status: 'held', started_at: null, series_id: null },
    ]);
  });

  it('keeps every agreement, with no earlier wordings yet', () => {
    expect(db.prepare('SELECT id, text FROM agreement').all()).toEqual([{ id: 1, text: 'Elke week een wandeling' }]);
    expect(db.prepare('SELECT count(*) FROM agreement_version').pluck().get()).toBe(0);
  });

  it('finds existing trajectory titles by word prefix in the new index', () => {
    expect(db.prepare(`SELECT rowid FROM trajectory_fts WHERE trajectory_fts MATCH '"loopb"*'`).pluck().all()).toEqual([1]);
  });

  it('lists open trajectories through an index, not a scan', () => {
    const plan = db
      .prepare(`EXPLAIN QUERY PLAN SELECT id FROM trajectory t WHERE t.status != 'closed' ORDER BY t.updated_at DESC, t.id DESC LIMIT 50`)
      .all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join('\n')).toContain('USING INDEX trajectory_open_by_updated');
  });
});
