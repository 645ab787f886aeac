import type { Migration } from './index';

/**
 * Check-in questionnaires: per trajectory, which questionnaires the participants answer between
 * sessions and how often (every calendar month, every quarter, or every so many weeks). When one is
 * due is derived from the responses, never stored, so answers given in any way count.
 */
export const checkInQuestionnaires: Migration = {
  version: 10,
  name: 'check-in questionnaires',
  up(db) {
    db.exec(`
      CREATE TABLE check_in_questionnaire (
        id INTEGER PRIMARY KEY,
        trajectory_id INTEGER NOT NULL REFERENCES trajectory (id) ON DELETE CASCADE,
        questionnaire_key TEXT NOT NULL,
        every TEXT NOT NULL CHECK (every IN ('month', 'quarter', 'weeks')),
        -- Only with 'weeks': how many (1 to 52).
        weeks INTEGER CHECK (weeks BETWEEN 1 AND 52),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK ((every = 'weeks') = (weeks IS NOT NULL)),
        UNIQUE (trajectory_id, questionnaire_key)
      ) STRICT;

      -- The due rule reads a trajectory's answers to one questionnaire.
      CREATE INDEX questionnaire_response_by_questionnaire ON questionnaire_response (trajectory_id, questionnaire_key);
    `);
  },
};
