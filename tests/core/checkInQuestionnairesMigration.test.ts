import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../electron/core/db/open';
import { checkInSql } from '../../electron/core/trajectories/checkInQuestionnaires';
import { migratedDatabase } from '../support/migrationDb';

const now = '2026-11-27T09:00:00.000Z';

const rowsAtVersion9 = `
  INSERT INTO client (id, first_name, last_name, created_at, updated_at) VALUES (1, 'Sanne', 'de Vries', '${now}', '${now}');
  INSERT INTO trajectory (id, kind, title, status, check_in_weeks, created_at, updated_at)
    VALUES (1, 'individual', 'Loopbaancoaching Sanne', 'active', 4, '${now}', '${now}');
  INSERT INTO participant (id, trajectory_id, client_id, role, joined_at) VALUES (1, 1, 1, 'client', '${now}');
  INSERT INTO session (id, trajectory_id, starts_at, duration_minutes, kind, status, created_at, updated_at)
    VALUES (1, 1, '2026-11-20T10:00', 60, 'intake', 'held', '${now}', '${now}');
  INSERT INTO session_attendee (session_id, participant_id) VALUES (1, 1);
  INSERT INTO questionnaire_response (id, trajectory_id, session_id, participant_id, questionnaire_key, questionnaire_version, answers, scores, created_at, updated_at)
    VALUES (1, 1, 1, 1, 'trust-check-in', 1, '{"q1":5}', '{}', '${now}', '${now}');
`;

const planOf = (db: Db, sql: string) =>
  (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all({ statuses: '["intake","active"]', trajectoryId: 1 }) as { detail: string }[]).map((r) => r.detail).join('\n');

describe('migration 10 (check-in questionnaires)', () => {
  let db: Db;
  let remove: () => void;
  beforeAll(() => {
    ({ db, remove } = migratedDatabase({ from: 9, to: 10, fill: (before) => before.exec(rowsAtVersion9) }));
  });
  afterAll(() => remove());

  it('keeps every trajectory and response; no trajectory has check-in questionnaires yet', () => {
    expect(db.prepare('SELECT id, check_in_weeks FROM trajectory').all()).toEqual([{ id: 1, check_in_weeks: 4 }]);
    expect(db.prepare('SELECT id, questionnaire_key FROM questionnaire_response').all()).toEqual([{ id: 1, questionnaire_key: 'trust-check-in' }]);
    expect(db.prepare('SELECT count(*) FROM check_in_questionnaire').pluck().get()).toBe(0);
  });

  it('refuses a number of weeks without "weeks", and weeks outside 1 to 52', () => {
    const insert = db.prepare(
      `INSERT INTO check_in_questionnaire (trajectory_id, questionnaire_key, every, weeks, created_at, updated_at) VALUES (1, 'trust-check-in', ?, ?, '${now}', '${now}')`,
    );
    expect(() => insert.run('month', 4)).toThrow(/CHECK/);
    expect(() => insert.run('weeks', null)).toThrow(/CHECK/);
    expect(() => insert.run('weeks', 53)).toThrow(/CHECK/);
    insert.run('weeks', 52);
    expect(() => insert.run('month', null)).toThrow(/UNIQUE/);
  });

  it("reads the dashboard's due list and a trajectory's check-ins through indexes: no scan of trajectories or responses", () => {
    const dashboard = planOf(db, checkInSql('underWay'));
    expect(dashboard).toContain('SEARCH t USING INTEGER PRIMARY KEY');
    expect(dashboard).toContain('USING INDEX questionnaire_response_by_questionnaire (trajectory_id=? AND questionnaire_key=?)');
    expect(dashboard).not.toMatch(/SCAN (t|r|p)\b/);
    const page = planOf(db, checkInSql('oneTrajectory'));
    expect(page).toContain('SEARCH q USING INDEX');
    expect(page).not.toMatch(/SCAN /);
  });
});
