import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schemaVersion } from '../../electron/core/db/migrate';
import type { Db } from '../../electron/core/db/open';
import { migratedDatabase } from '../support/migrationDb';

const now = '2026-11-27T09:00:00.000Z';

const rowsAtVersion3 = `
  INSERT INTO client (id, first_name, last_name, created_at, updated_at) VALUES (1, 'Sanne', 'de Vries', '${now}', '${now}'),
    (2, 'Joris', 'Bakker', '${now}', '${now}');
  INSERT INTO trajectory (id, kind, title, created_at, updated_at) VALUES (1, 'couple', 'Sanne en Joris', '${now}', '${now}');
  INSERT INTO participant (id, trajectory_id, client_id, role, joined_at) VALUES (1, 1, 1, 'partner', '${now}'),
    (2, 1, 2, 'partner', '${now}');
  INSERT INTO session (id, trajectory_id, starts_at, duration_minutes, kind, status, created_at, updated_at)
    VALUES (1, 1, '2026-11-20T10:00', 60, 'intake', 'held', '${now}', '${now}');
  INSERT INTO session_attendee (session_id, participant_id) VALUES (1, 1), (1, 2);
`;

describe('migration 4 (questionnaires)', () => {
  let db: Db;
  let remove: () => void;

  beforeAll(() => {
    ({ db, remove } = migratedDatabase({ from: 3, to: 4, fill: (before) => before.exec(rowsAtVersion3) }));
  });

  afterAll(() => remove());

  it('brings the schema to version 4 and keeps every earlier row', () => {
    expect(schemaVersion(db)).toBe(4);
    expect(db.prepare('SELECT first_name FROM client ORDER BY id').pluck().all()).toEqual(['Sanne', 'Joris']);
    expect(db.prepare('SELECT title FROM trajectory').pluck().get()).toBe('Sanne en Joris');
    expect(db.prepare('SELECT count(*) FROM session_attendee').pluck().get()).toBe(2);
  });

  it('stores a response of an attendee', () => {
    db.prepare(
      `INSERT INTO questionnaire_response (trajectory_id, session_id, participant_id, questionnaire_key, questionnaire_version,
         answers, scores, created_at, updated_at) VALUES (1, 1, 1, 'phq-9', 1, '{}', '{}', ?, ?)`,
    ).run(now, now);
    expect(db.prepare('SELECT count(*) FROM questionnaire_response').pluck().get()).toBe(1);
  });

  it('refuses a response of someone who did not attend the session', () => {
    db.exec(`INSERT INTO client (id, first_name, last_name, created_at, updated_at) VALUES (3, 'Eva', 'Jansen', '${now}', '${now}');
      INSERT INTO participant (id, trajectory_id, client_id, role, joined_at) VALUES (3, 1, 3, 'sponsor', '${now}');`);
    expect(() =>
      db
        .prepare(
          `INSERT INTO questionnaire_response (trajectory_id, session_id, participant_id, questionnaire_key, questionnaire_version,
             answers, scores, created_at, updated_at) VALUES (1, 1, 3, 'phq-9', 1, '{}', '{}', ?, ?)`,
        )
        .run(now, now),
    ).toThrow(/FOREIGN KEY/);
  });

  it('refuses a response filed under another trajectory than its session', () => {
    db.exec(`INSERT INTO trajectory (id, kind, title, created_at, updated_at) VALUES (2, 'individual', 'Ander', '${now}', '${now}');`);
    expect(() =>
      db
        .prepare(
          `INSERT INTO questionnaire_response (trajectory_id, session_id, participant_id, questionnaire_key, questionnaire_version,
             answers, scores, created_at, updated_at) VALUES (2, 1, 2, 'gad-7', 1, '{}', '{}', ?, ?)`,
        )
        .run(now, now),
    ).toThrow(/response_not_in_trajectory/);
  });

  it('removes the responses together with their trajectory', () => {
    db.exec('DELETE FROM trajectory WHERE id = 1');
    expect(db.prepare('SELECT count(*) FROM questionnaire_response').pluck().get()).toBe(0);
  });
});
