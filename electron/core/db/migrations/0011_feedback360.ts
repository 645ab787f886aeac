import type { Migration } from './index';

/**
 * 360 feedback: a round for one participant, its raters (a private label, a role, a language) and
 * each rater's answers. A rater's form is a sealed form that names its rater; the answers stay in
 * their own table, never among the trajectory's questionnaire responses, so no screen or report
 * can show one rater's answers by accident.
 */
export const feedback360: Migration = {
  version: 11,
  name: 'feedback360',
  up(db) {
    db.exec(`
      CREATE TABLE feedback360_round (
        id INTEGER PRIMARY KEY,
        trajectory_id INTEGER NOT NULL REFERENCES trajectory (id) ON DELETE CASCADE,
        -- The person the round is about.
        participant_id INTEGER NOT NULL REFERENCES participant (id) ON DELETE CASCADE,
        title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        questionnaire_key TEXT NOT NULL,
        questionnaire_version INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        -- Once closed no answer comes in any more, and only then is the result shown.
        closed_at TEXT
      ) STRICT;
      CREATE INDEX feedback360_round_by_trajectory ON feedback360_round (trajectory_id, created_at);
      CREATE TRIGGER feedback360_round_participant_in_trajectory BEFORE INSERT ON feedback360_round
      WHEN (SELECT trajectory_id FROM participant WHERE id = NEW.participant_id) IS NOT NEW.trajectory_id
      BEGIN SELECT RAISE(ABORT, 'participant_not_in_trajectory'); END;

      CREATE TABLE feedback360_rater (
        id INTEGER PRIMARY KEY,
        round_id INTEGER NOT NULL REFERENCES feedback360_round (id) ON DELETE CASCADE,
        -- What the practitioner typed (a name or initials): never shown next to a score, never in a report.
        label TEXT NOT NULL CHECK (length(label) BETWEEN 1 AND 80),
        role TEXT NOT NULL CHECK (role IN ('self', 'manager', 'peer', 'direct_report', 'other')),
        language TEXT NOT NULL CHECK (language IN ('nl', 'en')),
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX feedback360_rater_by_round ON feedback360_rater (round_id);
      -- Self and manager are shown as one person's answers: so there is at most one of each.
      CREATE UNIQUE INDEX feedback360_one_self_one_manager ON feedback360_rater (round_id, role) WHERE role IN ('self', 'manager');

      CREATE TABLE feedback360_answer (
        rater_id INTEGER PRIMARY KEY REFERENCES feedback360_rater (id) ON DELETE CASCADE,
        answers TEXT NOT NULL CHECK (json_valid(answers)),
        scores TEXT NOT NULL CHECK (json_valid(scores)),
        -- Local 'YYYY-MM-DDTHH:mm', as the rater's form said.
        answered_at TEXT NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;

      ALTER TABLE sealed_form ADD COLUMN feedback360_rater_id INTEGER REFERENCES feedback360_rater (id) ON DELETE CASCADE;
      CREATE INDEX sealed_form_by_rater ON sealed_form (feedback360_rater_id) WHERE feedback360_rater_id IS NOT NULL;
    `);
  },
};
