import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schemaVersion } from '../../electron/core/db/migrate';
import type { Db } from '../../electron/core/db/open';
import { migratedDatabase } from '../support/migrationDb';

const now = '2026-11-27T09:00:00.000Z';
const sha256 = 'a'.repeat(64);

function insertExport(db: Db, fields: { trajectory?: number; from?: number | null; to?: number | null; sha?: string; size?: number } = {}) {
  return db
    .prepare(
      `INSERT INTO report_export (trajectory_id, audience, audience_label, language, from_session_id, to_session_id, sections,
         password_protected, file_name, sha256, size_bytes, created_at)
       VALUES (?, '{"kind":"joint"}', 'Sanne de Vries en Joris Bakker', 'nl', ?, ?, '["cover","summary"]', 1,
         'Voortgangsrapport Sanne de Vries en Joris Bakker 2026-11-20.pdf', ?, ?, ?)`,
    )
    .run(fields.trajectory ?? 1, fields.from === undefined ? 1 : fields.from, fields.to === undefined ? 2 : fields.to, fields.sha ?? sha256, fields.size ?? 123_456, now);
}

const rowsAtVersion4 = `
  INSERT INTO client (id, first_name, last_name, created_at, updated_at) VALUES (1, 'Sanne', 'de Vries', '${now}', '${now}'),
    (2, 'Joris', 'Bakker', '${now}', '${now}');
  INSERT INTO trajectory (id, kind, title, created_at, updated_at) VALUES (1, 'couple', 'Sanne en Joris', '${now}', '${now}');
  INSERT INTO participant (id, trajectory_id, client_id, role, joined_at) VALUES (1, 1, 1, 'partner', '${now}'),
    (2, 1, 2, 'partner', '${now}');
  INSERT INTO session (id, trajectory_id, starts_at, duration_minutes, kind, status, created_at, updated_at)
    VALUES (1, 1, '2026-11-13T10:00', 60, 'intake', 'held', '${now}', '${now}'),
           (2, 1, '2026-11-20T10:00', 60, 'regular', 'held', '${now}', '${now}');
  INSERT INTO session_attendee (session_id, participant_id) VALUES (1, 1), (1, 2), (2, 1), (2, 2);
  INSERT INTO questionnaire_response (trajectory_id, session_id, participant_id, questionnaire_key, questionnaire_version,
    answers, scores, created_at, updated_at) VALUES (1, 1, 1, 'trust-check-in', 1, '{}', '{}', '${now}', '${now}');
`;

describe('migration 5 (report exports)', () => {
  let db: Db;
  let remove: () => void;

  beforeAll(() => {
    ({ db, remove } = migratedDatabase({ from: 4, to: 5, fill: (before) => before.exec(rowsAtVersion4) }));
  });

  afterAll(() => remove());

  it('brings the schema to version 5 and keeps every earlier row', () => {
    expect(schemaVersion(db)).toBe(5);
    expect(db.prepare('SELECT first_name FROM client ORDER BY id').pluck().all()).toEqual(['Sanne', 'Joris']);
    expect(db.prepare('SELECT count(*) FROM session_attendee').pluck().get()).toBe(4);
    expect(db.prepare('SELECT count(*) FROM questionnaire_response').pluck().get()).toBe(1);
  });

  it('records an export of a trajectory', () => {
    insertExport(db);
    expect(db.prepare('SELECT audience_label, password_protected, size_bytes FROM report_export').get()).toEqual({
      audience_label: 'Sanne de Vries en Joris Bakker',
      password_protected: 1,
      size_bytes: 123_456,
    });
  });

  it('refuses a record without a whole SHA-256, or of a trajectory that does not exist', () => {
    expect(() => insertExport(db, { sha: 'abc' })).toThrow(/CHECK/);
    expect(() => insertExport(db, { trajectory: 42 })).toThrow(/FOREIGN KEY/);
  });

  it('keeps the record when a session of its period is deleted', () => {
    db.exec('DELETE FROM session WHERE id = 2');
    expect(db.prepare('SELECT from_session_id, to_session_id FROM report_export').get()).toEqual({ from_session_id: 1, to_session_id: null });
  });

  it('removes the records together with their trajectory', () => {
    db.exec('DELETE FROM trajectory WHERE id = 1');
    expect(db.prepare('SELECT count(*) FROM report_export').pluck().get()).toBe(0);
  });
});

describe('migration 9 (the period and scope of an export)', () => {
  let db: Db;
  let remove: () => void;

  beforeAll(() => {
    ({ db, remove } = migratedDatabase({
      from: 8,
      to: 9,
      fill: (before) => {
        before.exec(rowsAtVersion4);
        insertExport(before);
      },
    }));
  });

  afterAll(() => remove());

  it('keeps an earlier record, without dates and as a concise report', () => {
    expect(schemaVersion(db)).toBe(9);
    expect(db.prepare('SELECT sha256, period_from, period_to, full FROM report_export').get()).toEqual({ sha256, period_from: null, period_to: null, full: 0 });
  });

  it('refuses a period date that is not a date', () => {
    expect(() => db.prepare(`UPDATE report_export SET period_from = '20-11-2026'`).run()).toThrow(/CHECK constraint/);
    expect(db.prepare('SELECT period_from FROM report_export').pluck().get()).toBeNull();
  });
});
