import type { Migration } from './index';

/**
 * Trajectories, participants, sessions with attendees and notes, agreements, trust goals with
 * ratings, and repair plans. Everything below a trajectory cascades with it; a client cannot be
 * deleted while it takes part in a trajectory (erasure must decide about the trajectory first).
 * Indexes follow the queries of the trajectory page, the dashboard and the session workspace.
 */
export const practiceWorkflow: Migration = {
  version: 2,
  name: 'practice workflow',
  up(db) {
    db.exec(`
      CREATE TABLE trajectory (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('individual', 'couple', 'team')),
        title TEXT NOT NULL,
        search_title TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'intake' CHECK (status IN ('intake', 'active', 'paused', 'closed')),
        start_date TEXT,
        end_date TEXT,
        check_in_weeks INTEGER CHECK (check_in_weeks BETWEEN 1 AND 104),
        retention_profile TEXT NOT NULL DEFAULT 'wgbo' CHECK (retention_profile IN ('wgbo', 'custom')),
        retention_years INTEGER NOT NULL DEFAULT 20 CHECK (retention_years BETWEEN 1 AND 100),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX trajectory_by_status ON trajectory (status, updated_at);
      CREATE INDEX trajectory_by_updated ON trajectory (updated_at);

      CREATE TABLE participant (
        id INTEGER PRIMARY KEY,
        trajectory_id INTEGER NOT NULL REFERENCES trajectory (id) ON DELETE CASCADE,
        client_id INTEGER NOT NULL REFERENCES client (id) ON DELETE RESTRICT,
        role TEXT NOT NULL CHECK (role IN ('client', 'partner', 'team_member', 'sponsor')),
        joined_at TEXT NOT NULL,
        -- Set when a participant with history leaves: sessions and ratings keep pointing at it.
        removed_at TEXT,
        UNIQUE (trajectory_id, client_id)
      ) STRICT;
      CREATE INDEX participant_by_client ON participant (client_id);

      CREATE TABLE session (
        id INTEGER PRIMARY KEY,
        trajectory_id INTEGER NOT NULL REFERENCES trajectory (id) ON DELETE CASCADE,
        -- Local wall-clock time 'YYYY-MM-DDTHH:mm': the appointment as agreed, whatever the zone.
        starts_at TEXT NOT NULL,
        duration_minutes INTEGER NOT NULL CHECK (duration_minutes BETWEEN 5 AND 720),
        kind TEXT NOT NULL CHECK (kind IN ('intake', 'regular', 'evaluation', 'check_in', 'closing')),
        status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'held', 'cancelled', 'no_show')),
        finalised_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      -- Serves the trajectory page (all sessions), last held / next planned (dashboard), overdue.
      CREATE INDEX session_by_trajectory ON session (trajectory_id, status, starts_at);
      CREATE INDEX session_by_start ON session (starts_at);

      CREATE TABLE session_attendee (
        session_id INTEGER NOT NULL REFERENCES session (id) ON DELETE CASCADE,
        participant_id INTEGER NOT NULL REFERENCES participant (id) ON DELETE CASCADE,
        PRIMARY KEY (session_id, participant_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX session_attendee_by_participant ON session_attendee (participant_id, session_id);

      CREATE TRIGGER session_attendee_same_trajectory BEFORE INSERT ON session_attendee
      WHEN (SELECT trajectory_id FROM participant WHERE id = NEW.participant_id)
        IS NOT (SELECT trajectory_id FROM session WHERE id = NEW.session_id)
      BEGIN SELECT RAISE(ABORT, 'attendee_not_in_trajectory'); END;

      CREATE TABLE session_note (
        session_id INTEGER PRIMARY KEY REFERENCES session (id) ON DELETE CASCADE,
        template_key TEXT NOT NULL,
        summary TEXT NOT NULL DEFAULT '',
        private_notes TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL
      ) STRICT;

      -- Snapshots taken at finalising and at every amendment; never updated or deleted alone.
      CREATE TABLE session_note_version (
        id INTEGER PRIMARY KEY,
        session_id INTEGER NOT NULL REFERENCES session (id) ON DELETE CASCADE,
        version INTEGER NOT NULL CHECK (version >= 1),
        kind TEXT NOT NULL CHECK (kind IN ('final', 'amendment')),
        summary TEXT NOT NULL,
        private_notes TEXT NOT NULL,
        reason TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        UNIQUE (session_id, version)
      ) STRICT;

      CREATE TABLE goal (
        id INTEGER PRIMARY KEY,
        trajectory_id INTEGER NOT NULL REFERENCES trajectory (id) ON DELETE CASCADE,
        title TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        trust_factor TEXT NOT NULL CHECK (trust_factor IN
          ('consistency', 'open_communication', 'responsibility', 'transparency', 'emotional_safety', 'other')),
        scale_min INTEGER NOT NULL DEFAULT 0,
        scale_max INTEGER NOT NULL DEFAULT 10,
        baseline REAL,
        target REAL,
        status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'achieved', 'paused', 'dropped')),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (scale_max > scale_min)
      ) STRICT;
      CREATE INDEX goal_by_trajectory ON goal (trajectory_id);

      -- A rating belongs to an attendance: only someone present rates, and it goes with the attendance.
      CREATE TABLE rating (
        goal_id INTEGER NOT NULL REFERENCES goal (id) ON DELETE CASCADE,
        session_id INTEGER NOT NULL,
        participant_id INTEGER NOT NULL,
        value REAL NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        rated_at TEXT NOT NULL,
        PRIMARY KEY (goal_id, session_id, participant_id),
        FOREIGN KEY (session_id, participant_id) REFERENCES session_attendee (session_id, participant_id) ON DELETE CASCADE
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX rating_by_attendance ON rating (session_id, participant_id);

      CREATE TABLE repair_plan (
        id INTEGER PRIMARY KEY,
        trajectory_id INTEGER NOT NULL REFERENCES trajectory (id) ON DELETE CASCADE,
        title TEXT NOT NULL,
        -- PRIVATE: never shown to any audience, never searched.
        what_happened TEXT NOT NULL DEFAULT '',
        acknowledged_on TEXT,
        status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in_progress', 'completed')),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX repair_plan_by_trajectory ON repair_plan (trajectory_id);

      CREATE TABLE agreement (
        id INTEGER PRIMARY KEY,
        trajectory_id INTEGER NOT NULL REFERENCES trajectory (id) ON DELETE CASCADE,
        made_in_session_id INTEGER NOT NULL REFERENCES session (id) ON DELETE CASCADE,
        -- The made-in session's start, kept in step with it: overdue checks need no join per agreement.
        made_at TEXT NOT NULL,
        owner_kind TEXT NOT NULL CHECK (owner_kind IN ('participant', 'all', 'practitioner')),
        owner_participant_id INTEGER REFERENCES participant (id) ON DELETE CASCADE,
        text TEXT NOT NULL,
        due_kind TEXT NOT NULL CHECK (due_kind IN ('date', 'next_session')),
        due_date TEXT,
        reviewed_in_session_id INTEGER REFERENCES session (id) ON DELETE SET NULL,
        outcome TEXT CHECK (outcome IN ('kept', 'partly_kept', 'not_kept', 'renegotiated', 'dropped')),
        review_note TEXT NOT NULL DEFAULT '',
        replaced_by_agreement_id INTEGER REFERENCES agreement (id) ON DELETE SET NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK ((owner_kind = 'participant') = (owner_participant_id IS NOT NULL)),
        CHECK ((due_kind = 'date') = (due_date IS NOT NULL))
      ) STRICT;
      CREATE INDEX agreement_by_trajectory ON agreement (trajectory_id, made_at);
      -- Open agreements are few and asked for often (overdue, dashboard): this index covers those checks
      -- (outcome is listed, though always NULL here, so the planner sees the index as covering).
      CREATE INDEX agreement_open ON agreement (trajectory_id, due_kind, due_date, made_at, outcome) WHERE outcome IS NULL;
      CREATE INDEX agreement_by_made_in ON agreement (made_in_session_id);
      CREATE INDEX agreement_by_reviewed_in ON agreement (reviewed_in_session_id) WHERE reviewed_in_session_id IS NOT NULL;
      CREATE INDEX agreement_by_owner ON agreement (owner_participant_id) WHERE owner_participant_id IS NOT NULL;
      CREATE INDEX agreement_by_replacement ON agreement (replaced_by_agreement_id) WHERE replaced_by_agreement_id IS NOT NULL;

      CREATE TABLE repair_action (
        repair_plan_id INTEGER NOT NULL REFERENCES repair_plan (id) ON DELETE CASCADE,
        agreement_id INTEGER NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
        position INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (repair_plan_id, agreement_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX repair_action_by_agreement ON repair_action (agreement_id);

      CREATE TABLE repair_goal (
        repair_plan_id INTEGER NOT NULL REFERENCES repair_plan (id) ON DELETE CASCADE,
        goal_id INTEGER NOT NULL REFERENCES goal (id) ON DELETE CASCADE,
        PRIMARY KEY (repair_plan_id, goal_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX repair_goal_by_goal ON repair_goal (goal_id);
    `);
  },
};
