import type { Migration } from './index';

/**
 * The practitioner's day: a session can be started (in progress) without being held, sessions can
 * belong to a series, an agreement corrected after its review keeps its earlier wordings, and the
 * trajectories list finds open trajectories and title words through indexes instead of a scan.
 */
export const practitionerDay: Migration = {
  version: 8,
  name: "practitioner's day",
  up(db) {
    db.exec(`
      -- When "Sessie starten" was pressed: the session is in progress, not yet held.
      ALTER TABLE session ADD COLUMN started_at TEXT;
      -- The first session of its recurring series (its own id for the first one); NULL for a single one.
      ALTER TABLE session ADD COLUMN series_id INTEGER;
      CREATE INDEX session_by_series ON session (series_id, starts_at) WHERE series_id IS NOT NULL;

      CREATE TABLE agreement_version (
        id INTEGER PRIMARY KEY,
        agreement_id INTEGER NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
        owner_kind TEXT NOT NULL CHECK (owner_kind IN ('participant', 'all', 'practitioner')),
        owner_participant_id INTEGER REFERENCES participant (id) ON DELETE CASCADE,
        text TEXT NOT NULL,
        due_kind TEXT NOT NULL CHECK (due_kind IN ('date', 'next_session')),
        due_date TEXT,
        -- Why it was corrected, as the practitioner wrote it; the moment this wording was replaced.
        reason TEXT NOT NULL DEFAULT '',
        replaced_at TEXT NOT NULL,
        CHECK ((owner_kind = 'participant') = (owner_participant_id IS NOT NULL)),
        CHECK ((due_kind = 'date') = (due_date IS NOT NULL))
      ) STRICT;
      CREATE INDEX agreement_version_by_agreement ON agreement_version (agreement_id, id);

      -- "Open" (not closed) is the list's default filter, newest change first.
      CREATE INDEX trajectory_open_by_updated ON trajectory (updated_at) WHERE status != 'closed';

      CREATE VIRTUAL TABLE trajectory_fts USING fts5(title, content='trajectory', content_rowid='id',
        tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');
      INSERT INTO trajectory_fts (trajectory_fts, rank) VALUES ('secure-delete', 1);
      CREATE TRIGGER trajectory_fts_insert AFTER INSERT ON trajectory BEGIN
        INSERT INTO trajectory_fts (rowid, title) VALUES (new.id, new.title);
      END;
      CREATE TRIGGER trajectory_fts_delete AFTER DELETE ON trajectory BEGIN
        INSERT INTO trajectory_fts (trajectory_fts, rowid, title) VALUES ('delete', old.id, old.title);
      END;
      CREATE TRIGGER trajectory_fts_update AFTER UPDATE OF title ON trajectory BEGIN
        INSERT INTO trajectory_fts (trajectory_fts, rowid, title) VALUES ('delete', old.id, old.title);
        INSERT INTO trajectory_fts (rowid, title) VALUES (new.id, new.title);
      END;
      INSERT INTO trajectory_fts (trajectory_fts) VALUES ('rebuild');
    `);
  },
};
