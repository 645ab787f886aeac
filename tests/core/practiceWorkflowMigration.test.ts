import { afterAll, describe, expect, it } from 'vitest';
import { schemaVersion } from '../../electron/core/db/migrate';
import { migratedDatabase } from '../support/migrationDb';

const now = '2026-11-25T09:00:00.000Z';
const workflowRows = `
  INSERT INTO trajectory (id, kind, title, created_at, updated_at) VALUES (1, 'couple', 'Sanne en Joris', '${now}', '${now}');
  INSERT INTO participant (id, trajectory_id, client_id, role, joined_at) VALUES (1, 1, 1, 'partner', '${now}'), (2, 1, 2, 'partner', '${now}');
  INSERT INTO session (id, trajectory_id, starts_at, duration_minutes, kind, status, created_at, updated_at)
    VALUES (1, 1, '2026-11-20T10:00', 60, 'intake', 'held', '${now}', '${now}');
  INSERT INTO session_attendee (session_id, participant_id) VALUES (1, 1), (1, 2);
  INSERT INTO session_note (session_id, template_key, summary, private_notes, updated_at)
    VALUES (1, 'intake', 'Eerste kennismaking', 'Zorgen over jaloezie', '${now}');
  INSERT INTO goal (id, trajectory_id, title, trust_factor, created_at, updated_at) VALUES (1, 1, 'Eerlijk over geld', 'transparency', '${now}', '${now}');
  INSERT INTO rating (goal_id, session_id, participant_id, value, rated_at) VALUES (1, 1, 1, 4, '${now}');
  INSERT INTO agreement (id, trajectory_id, made_in_session_id, made_at, owner_kind, text, due_kind, created_at, updated_at)
    VALUES (1, 1, 1, '2026-11-20T10:00', 'all', 'Samen wandelen op zondag', 'next_session', '${now}', '${now}');
`;

describe('migration 2 (practice workflow)', () => {
  const { db, remove } = migratedDatabase({
    from: 1,
    to: 2,
    fill: (before) =>
      before.exec(`INSERT INTO client (id, first_name, last_name, created_at, updated_at)
        VALUES (1, 'Sanne', 'de Vries', '${now}', '${now}'), (2, 'Joris', 'Bakker', '${now}', '${now}')`),
  });
  afterAll(remove);

  it('keeps the clients and adds the workflow tables', () => {
    expect(schemaVersion(db)).toBe(2);
    expect(db.prepare('SELECT first_name FROM client ORDER BY id').pluck().all()).toEqual(['Sanne', 'Joris']);
    db.exec(workflowRows);
    expect(db.prepare('SELECT count(*) FROM rating').pluck().get()).toBe(1);
  });

  it('refuses a rating by someone who did not attend, and an attendee from another trajectory', () => {
    db.exec(`INSERT INTO trajectory (id, kind, title, created_at, updated_at) VALUES (2, 'individual', 'Ander', '${now}', '${now}');
      INSERT INTO participant (id, trajectory_id, client_id, role, joined_at) VALUES (3, 2, 1, 'client', '${now}');`);
    expect(() => db.exec(`INSERT INTO rating (goal_id, session_id, participant_id, value, rated_at) VALUES (1, 1, 3, 5, '${now}')`)).toThrow(
      /FOREIGN KEY/,
    );
    expect(() => db.exec(`INSERT INTO session_attendee (session_id, participant_id) VALUES (1, 3)`)).toThrow(/attendee_not_in_trajectory/);
  });

  it('does not let a client in a trajectory be deleted, and removes everything with its trajectory', () => {
    expect(() => db.exec('DELETE FROM client WHERE id = 2')).toThrow(/FOREIGN KEY/);
    db.exec('DELETE FROM trajectory WHERE id = 1');
    for (const table of ['participant WHERE trajectory_id = 1', 'session', 'session_attendee', 'session_note', 'goal', 'rating', 'agreement']) {
      expect(db.prepare(`SELECT count(*) FROM ${table}`).pluck().get(), table).toBe(0);
    }
  });
});

describe('migration 3 (search index)', () => {
  const { db, remove } = migratedDatabase({
    from: 2,
    to: 3,
    fill: (before) => {
      before.exec(`INSERT INTO client (id, first_name, last_name, created_at, updated_at)
        VALUES (1, 'Zoë', 'de Vries', '${now}', '${now}'), (2, 'Joris', 'Bakker', '${now}', '${now}')`);
      before.exec(workflowRows);
    },
  });
  afterAll(remove);
  const hits = (table: string, query: string) =>
    db.prepare(`SELECT rowid FROM ${table} WHERE ${table} MATCH ?`).pluck().all(query) as number[];

  it('indexes the notes, agreements, goals and clients written before it', () => {
    expect(schemaVersion(db)).toBe(3);
    expect(hits('session_note_fts', 'jaloezie')).toEqual([1]);
    expect(hits('agreement_fts', 'wandel*')).toEqual([1]);
    expect(hits('goal_fts', 'geld')).toEqual([1]);
    expect(hits('client_fts', 'zoe')).toEqual([1]);
  });

  it('keeps the index in step with later changes and deletions', () => {
    db.exec(`UPDATE session_note SET private_notes = 'Vertrouwen groeit' WHERE session_id = 1`);
    expect(hits('session_note_fts', 'jaloezie')).toEqual([]);
    expect(hits('session_note_fts', 'vertrouwen')).toEqual([1]);
    db.exec('DELETE FROM agreement WHERE id = 1');
    expect(hits('agreement_fts', 'wandel*')).toEqual([]);
  });
});
