import type { Migration } from './index';

export const practiceAndClients: Migration = {
  version: 1,
  name: 'practice and clients',
  up(db) {
    db.exec(`
      CREATE TABLE setting (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      CREATE TABLE client (
        id INTEGER PRIMARY KEY,
        first_name TEXT NOT NULL,
        last_name TEXT NOT NULL,
        preferred_name TEXT NOT NULL DEFAULT '',
        date_of_birth TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        address TEXT NOT NULL DEFAULT '',
        language TEXT NOT NULL DEFAULT 'nl' CHECK (language IN ('nl', 'en')),
        search_text TEXT NOT NULL DEFAULT '',
        sort_name TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        archived_at TEXT
      ) STRICT;

      CREATE INDEX client_by_name ON client (sort_name, first_name COLLATE NOCASE);
      CREATE INDEX client_by_updated ON client (updated_at);
    `);
  },
};
