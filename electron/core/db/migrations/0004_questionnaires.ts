import type { Migration } from './index';

/**
 * Questionnaires: custom definitions (built-ins live in code), the practice's own item text for
 * scoring-only instruments, and responses. A response belongs to an attendance, like a rating:
 * only someone present answers, and it goes when the attendance or the trajectory goes.
 */
export const questionnaires: Migration = {
  version: 4,
  name: 'questionnaires',
  up(db) {
    db.exec(`
      -- One row per version; a version that has responses is never changed again.
      CREATE TABLE questionnaire (
        id INTEGER PRIMARY KEY,
        key TEXT NOT NULL,
        version INTEGER NOT NULL CHECK (version >= 1),
        definition TEXT NOT NULL CHECK (json_valid(definition)),
        based_on_key TEXT,
        based_on_version INTEGER,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        archived_at TEXT,
        UNIQUE (key, version)
      ) STRICT;

      CREATE TABLE questionnaire_item_text (
        questionnaire_key TEXT NOT NULL,
        item_id TEXT NOT NULL,
        text_nl TEXT NOT NULL DEFAULT '',
        text_en TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL,
        PRIMARY KEY (questionnaire_key, item_id)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE questionnaire_response (
        id INTEGER PRIMARY KEY,
        trajectory_id INTEGER NOT NULL REFERENCES trajectory (id) ON DELETE CASCADE,
        session_id INTEGER NOT NULL,
        participant_id INTEGER NOT NULL,
        questionnaire_key TEXT NOT NULL,
        questionnaire_version INTEGER NOT NULL,
        answers TEXT NOT NULL CHECK (json_valid(answers)),
        scores TEXT NOT NULL CHECK (json_valid(scores)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        -- Answering again in the same session replaces the earlier answers.
        UNIQUE (session_id, participant_id, questionnaire_key),
        FOREIGN KEY (session_id, participant_id) REFERENCES session_attendee (session_id, participant_id) ON DELETE CASCADE
      ) STRICT;
      CREATE INDEX questionnaire_response_by_respondent ON questionnaire_response (trajectory_id, participant_id);

      CREATE TRIGGER questionnaire_response_same_trajectory BEFORE INSERT ON questionnaire_response
      WHEN (SELECT trajectory_id FROM session WHERE id = NEW.session_id) IS NOT NEW.trajectory_id
      BEGIN SELECT RAISE(ABORT, 'response_not_in_trajectory'); END;
    `);
  },
};
