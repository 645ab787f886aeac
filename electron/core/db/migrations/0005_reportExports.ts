import type { Migration } from './index';

/**
 * The record of every progress report handed out: for whom, in which language, which period and
 * sections, whether it had a password, and the SHA-256 of the exact bytes. Never the PDF itself and
 * never the password: the record proves what was given, it is not a second copy of it.
 */
export const reportExports: Migration = {
  version: 5,
  name: 'report exports',
  up(db) {
    db.exec(`
      CREATE TABLE report_export (
        id INTEGER PRIMARY KEY,
        trajectory_id INTEGER NOT NULL REFERENCES trajectory (id) ON DELETE CASCADE,
        audience TEXT NOT NULL CHECK (json_valid(audience)),
        audience_label TEXT NOT NULL,
        language TEXT NOT NULL CHECK (language IN ('nl', 'en')),
        -- The period's first and last session; NULL: from the start / up to the day of the export
        -- (or the session was deleted later: the record stays).
        from_session_id INTEGER REFERENCES session (id) ON DELETE SET NULL,
        to_session_id INTEGER REFERENCES session (id) ON DELETE SET NULL,
        sections TEXT NOT NULL CHECK (json_valid(sections)),
        password_protected INTEGER NOT NULL CHECK (password_protected IN (0, 1)),
        file_name TEXT NOT NULL,
        sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
        size_bytes INTEGER NOT NULL CHECK (size_bytes > 0),
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX report_export_by_trajectory ON report_export (trajectory_id, created_at);
      CREATE INDEX report_export_by_from_session ON report_export (from_session_id);
      CREATE INDEX report_export_by_to_session ON report_export (to_session_id);
    `);
  },
};
