import type { Migration } from './index';

/**
 * Sealed forms: a questionnaire (and a participant's open agreements) handed to a client as one
 * HTML file, answered at home and brought back as an encrypted answer file. A response may now
 * come without a session: answered at home on a day of its own, from the form it came back in.
 */
export const sealedForms: Migration = {
  version: 7,
  name: 'sealedForms',
  up(db) {
    db.exec(`
      CREATE TABLE sealed_form (
        -- Random, 32 hex digits: what the answer file names and what its encryption is bound to.
        id TEXT PRIMARY KEY CHECK (length(id) = 32),
        trajectory_id INTEGER NOT NULL REFERENCES trajectory (id) ON DELETE CASCADE,
        participant_id INTEGER NOT NULL REFERENCES participant (id) ON DELETE CASCADE,
        -- Forms made together are one round: a team's answers to it are counted together.
        round_id TEXT NOT NULL,
        questionnaire_key TEXT NOT NULL,
        questionnaire_version INTEGER NOT NULL,
        agreement_ids TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(agreement_ids)),
        language TEXT NOT NULL CHECK (language IN ('nl', 'en')),
        created_at TEXT NOT NULL,
        expires_at TEXT NOT NULL,
        imported_at TEXT,
        -- The client's own words, written in the form (shareable with the practitioner only).
        reflection TEXT
      ) STRICT;
      CREATE INDEX sealed_form_by_trajectory ON sealed_form (trajectory_id, created_at);

      -- What a participant said about their own agreement between sessions, for review in the next session.
      CREATE TABLE agreement_self_report (
        id INTEGER PRIMARY KEY,
        agreement_id INTEGER NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
        participant_id INTEGER NOT NULL REFERENCES participant (id) ON DELETE CASCADE,
        form_id TEXT NOT NULL REFERENCES sealed_form (id) ON DELETE CASCADE,
        outcome TEXT NOT NULL CHECK (outcome IN ('kept', 'partly_kept', 'not_kept')),
        reported_at TEXT NOT NULL,
        UNIQUE (form_id, agreement_id)
      ) STRICT;
      CREATE INDEX agreement_self_report_by_agreement ON agreement_self_report (agreement_id);

      CREATE TABLE questionnaire_response_new (
        id INTEGER PRIMARY KEY,
        trajectory_id INTEGER NOT NULL REFERENCES trajectory (id) ON DELETE CASCADE,
        -- NULL: answered outside a session, in a sealed form.
        session_id INTEGER,
        participant_id INTEGER NOT NULL REFERENCES participant (id) ON DELETE CASCADE,
        questionnaire_key TEXT NOT NULL,
        questionnaire_version INTEGER NOT NULL,
        answers TEXT NOT NULL CHECK (json_valid(answers)),
        scores TEXT NOT NULL CHECK (json_valid(scores)),
        -- Local 'YYYY-MM-DDTHH:mm' of an answer outside a session.
        answered_at TEXT,
        form_id TEXT UNIQUE REFERENCES sealed_form (id) ON DELETE SET NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (session_id IS NOT NULL OR answered_at IS NOT NULL),
        UNIQUE (session_id, participant_id, questionnaire_key),
        FOREIGN KEY (session_id, participant_id) REFERENCES session_attendee (session_id, participant_id) ON DELETE CASCADE
      ) STRICT;
      INSERT INTO questionnaire_response_new (id, trajectory_id, session_id, participant_id, questionnaire_key, questionnaire_version,
          answers, scores, created_at, updated_at)
        SELECT id, trajectory_id, session_id, participant_id, questionnaire_key, questionnaire_version, answers, scores, created_at, updated_at
        FROM questionnaire_response;
      DROP TABLE questionnaire_response;
      ALTER TABLE questionnaire_response_new RENAME TO questionnaire_response;
      CREATE INDEX questionnaire_response_by_respondent ON questionnaire_response (trajectory_id, participant_id);

      CREATE TRIGGER questionnaire_response_same_trajectory BEFORE INSERT ON questionnaire_response
      WHEN NEW.session_id IS NOT NULL AND (SELECT trajectory_id FROM session WHERE id = NEW.session_id) IS NOT NEW.trajectory_id
      BEGIN SELECT RAISE(ABORT, 'response_not_in_trajectory'); END;
      CREATE TRIGGER questionnaire_response_participant_in_trajectory BEFORE INSERT ON questionnaire_response
      WHEN (SELECT trajectory_id FROM participant WHERE id = NEW.participant_id) IS NOT NEW.trajectory_id
      BEGIN SELECT RAISE(ABORT, 'respondent_not_in_trajectory'); END;
    `);
  },
};
