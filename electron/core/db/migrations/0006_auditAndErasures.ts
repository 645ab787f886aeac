import type { Migration } from './index';

/**
 * The audit log (NEN 7513) and the tombstones of erased clients.
 * Audit entries name records by id only, never by name or text, and have no foreign keys: an
 * erasure leaves the log whole. Each entry's MAC chains it to the one before (see core/audit);
 * triggers refuse every change and every removal.
 * A tombstone keeps an erased client's id, the date and a reason category: no personal data.
 */
export const auditAndErasures: Migration = {
  version: 6,
  name: 'audit log and erasures',
  up(db) {
    db.exec(`
      CREATE TABLE audit_event (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        event TEXT NOT NULL,
        client_id INTEGER,
        trajectory_id INTEGER,
        session_id INTEGER,
        practitioner TEXT NOT NULL,
        device TEXT NOT NULL,
        details TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(details)),
        key_epoch INTEGER NOT NULL CHECK (key_epoch >= 0),
        prev_mac TEXT NOT NULL CHECK (length(prev_mac) = 64),
        mac TEXT NOT NULL CHECK (length(mac) = 64)
      ) STRICT;
      CREATE INDEX audit_event_by_client ON audit_event (client_id, id) WHERE client_id IS NOT NULL;
      CREATE INDEX audit_event_by_trajectory ON audit_event (trajectory_id, id) WHERE trajectory_id IS NOT NULL;
      CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event
      BEGIN SELECT RAISE(ABORT, 'audit_log_is_append_only'); END;
      CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event
      BEGIN SELECT RAISE(ABORT, 'audit_log_is_append_only'); END;

      CREATE TABLE erasure (
        client_id INTEGER PRIMARY KEY,
        erased_at TEXT NOT NULL,
        reason TEXT NOT NULL CHECK (reason IN ('client_request', 'retention_passed', 'entered_by_mistake', 'other'))
      ) STRICT;
      CREATE TRIGGER erasure_no_delete BEFORE DELETE ON erasure
      BEGIN SELECT RAISE(ABORT, 'erasures_are_permanent'); END;
    `);
  },
};
