import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../electron/core/db/open';
import { migratedDatabase } from '../support/migrationDb';

const now = '2026-11-27T09:00:00.000Z';

const rowsAtVersion6 = `
  INSERT INTO client (id, first_name, last_name, created_at, updated_at) VALUES (1, 'Sanne', 'de Vries', '${now}', '${now}'),
    (2, 'Joris', 'Bakker', '${now}', '${now}');
  INSERT INTO trajectory (id, kind, title, created_at, updated_at) VALUES (1, 'couple', 'Sanne en Joris', '${now}', '${now}');
  INSERT INTO participant (id, trajectory_id, client_id, role, joined_at) VALUES (1, 1, 1, 'partner', '${now}'),
    (2, 1, 2, 'partner', '${now}');
  INSERT INTO session (id, trajectory_id, starts_at, duration_minutes, kind, status, created_at, updated_at)
    VALUES (1, 1, '2026-11-20T10:00', 60, 'intake', 'held', '${now}', '${now}');
  INSERT INTO session_attendee (session_id, participant_id) VALUES (1, 1), (1, 2);
  INSERT INTO questionnaire_response (trajectory_id, session_id, participant_id, questionnaire_key, questionnaire_version,
    answers, scores, created_at, updated_at) VALUES (1, 1, 2, 'trust-check-in', 1, '{"q1":7}', '{}', '${now}', '${now}');
`;

describe('migration 7 (sealed forms)', () => {
  let db: Db;
  let remove: () => void;
  beforeAll(() => {
    ({ db, remove } = migratedDatabase({ from: 6, to: 7, fill: (before) => before.exec(rowsAtVersion6) }));
  });
  afterAll(() => remove());

  it('keeps every response given in a session', () => {
    expect(db.prepare('SELECT session_id, participant_id, answers FROM questionnaire_response').all()).toEqual([
      { session_id: 1, participant_id: 2, answers: '{"q1":7}' },
    ]);
  });

  it('stores an answer from a sealed form without a session, for a participant of the trajectory only', () => {
    db.exec(`INSERT INTO sealed_form (id, trajectory_id, participant_id, round_id, questionnaire_key, questionnaire_version, language, created_at, expires_at)
      VALUES ('${'a'.repeat(32)}', 1, 1, 'r1', 'trust-check-in', 1, 'nl', '${now}', '2026-12-27T09:00:00.000Z')`);
    const insert = (participantId: number, formId: string | null) =>
      db
        .prepare(
          `INSERT INTO questionnaire_response (trajectory_id, session_id, participant_id, questionnaire_key, questionnaire_version,
             answers, scores, answered_at, form_id, created_at, updated_at) VALUES (1, NULL, ?, 'trust-check-in', 1, '{}', '{}', '2026-11-26T20:00', ?, ?, ?)`,
        )
        .run(participantId, formId, now, now);
    insert(1, 'a'.repeat(32));
    expect(db.prepare('SELECT count(*) FROM questionnaire_response WHERE session_id IS NULL').pluck().get()).toBe(1);
    db.exec(`INSERT INTO trajectory (id, kind, title, created_at, updated_at) VALUES (2, 'individual', 'Ander traject', '${now}', '${now}');
      INSERT INTO participant (id, trajectory_id, client_id, role, joined_at) VALUES (3, 2, 1, 'client', '${now}');`);
    expect(() => insert(3, null)).toThrow(/respondent_not_in_trajectory/);
  });

  it('still refuses a session answer from someone who was not there', () => {
    db.exec(`INSERT INTO session (id, trajectory_id, starts_at, duration_minutes, kind, status, created_at, updated_at)
      VALUES (2, 1, '2026-11-27T10:00', 60, 'regular', 'held', '${now}', '${now}'); INSERT INTO session_attendee VALUES (2, 1);`);
    expect(() =>
      db.exec(`INSERT INTO questionnaire_response (trajectory_id, session_id, participant_id, questionnaire_key, questionnaire_version,
        answers, scores, created_at, updated_at) VALUES (1, 2, 2, 'trust-check-in', 1, '{}', '{}', '${now}', '${now}')`),
    ).toThrow(/FOREIGN KEY/);
  });
});
