import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../electron/core/db/open';
import { migratedDatabase } from '../support/migrationDb';

const now = '2026-11-27T09:00:00.000Z';

const rowsAtVersion10 = `
  INSERT INTO client (id, first_name, last_name, created_at, updated_at) VALUES (1, 'Noor', 'Bakker', '${now}', '${now}'),
    (2, 'Joris', 'Smit', '${now}', '${now}');
  INSERT INTO trajectory (id, kind, title, created_at, updated_at) VALUES (1, 'individual', 'Leiderschap Noor', '${now}', '${now}'),
    (2, 'individual', 'Joris', '${now}', '${now}');
  INSERT INTO participant (id, trajectory_id, client_id, role, joined_at) VALUES (1, 1, 1, 'client', '${now}'), (2, 2, 2, 'client', '${now}');
  INSERT INTO sealed_form (id, trajectory_id, participant_id, round_id, questionnaire_key, questionnaire_version, language, created_at, expires_at)
    VALUES ('${'a'.repeat(32)}', 1, 1, 'r1', 'trust-check-in', 1, 'nl', '${now}', '2026-12-27T09:00:00.000Z');
`;

describe('migration 11 (360 feedback)', () => {
  let db: Db;
  let remove: () => void;
  beforeAll(() => {
    ({ db, remove } = migratedDatabase({ from: 10, to: 11, fill: (before) => before.exec(rowsAtVersion10) }));
  });
  afterAll(() => remove());

  it('keeps every sealed form, as a form of the trajectory itself', () => {
    expect(db.prepare('SELECT id, participant_id, feedback360_rater_id FROM sealed_form').all()).toEqual([
      { id: 'a'.repeat(32), participant_id: 1, feedback360_rater_id: null },
    ]);
  });

  it('stores a round about a participant of its own trajectory only, with one self and one manager at most', () => {
    const round = (trajectory: number, participant: number) =>
      db
        .prepare(`INSERT INTO feedback360_round (trajectory_id, participant_id, title, questionnaire_key, questionnaire_version, created_at) VALUES (?, ?, '360', 'trust-360', 1, ?)`)
        .run(trajectory, participant, now);
    expect(() => round(1, 2)).toThrow(/participant_not_in_trajectory/);
    const id = Number(round(1, 1).lastInsertRowid);
    const rater = (role: string) =>
      db.prepare(`INSERT INTO feedback360_rater (round_id, label, role, language, created_at) VALUES (?, 'P.', ?, 'nl', ?)`).run(id, role, now);
    rater('self');
    rater('manager');
    rater('peer');
    rater('peer');
    expect(() => rater('self')).toThrow(/UNIQUE/);
    expect(() => rater('manager')).toThrow(/UNIQUE/);
    expect(() => rater('boss')).toThrow(/CHECK/);
  });

  it('removes a round, its raters and their answers with the participant', () => {
    db.prepare(`INSERT INTO feedback360_answer (rater_id, answers, scores, answered_at, created_at) SELECT id, '{}', '{}', '2026-11-27T10:00', ? FROM feedback360_rater`).run(now);
    db.prepare('DELETE FROM participant WHERE id = 1').run();
    expect(db.prepare('SELECT count(*) FROM feedback360_round').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM feedback360_answer').pluck().get()).toBe(0);
  });
});
