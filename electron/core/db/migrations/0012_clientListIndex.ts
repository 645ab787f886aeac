import type { Migration } from './index';

/**
 * The clients list finds clients through a full-text index of their search text (names, e-mail address
 * and phone number, folded: Zoë = zoe, Yılmaz = yilmaz), so filtering costs what matches, not a scan of
 * every client. Prefixes from one letter up: the list filters as the practitioner types.
 * The search palette finds clients through it too.
 */
export const clientListIndex: Migration = {
  version: 12,
  name: 'client list index',
  up(db) {
    db.exec(`
      CREATE VIRTUAL TABLE client_search_fts USING fts5(search_text, content='client', content_rowid='id',
        tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3');
      -- An erased client leaves nothing in the index pages.
      INSERT INTO client_search_fts (client_search_fts, rank) VALUES ('secure-delete', 1);
      CREATE TRIGGER client_search_fts_insert AFTER INSERT ON client BEGIN
        INSERT INTO client_search_fts (rowid, search_text) VALUES (new.id, new.search_text);
      END;
      CREATE TRIGGER client_search_fts_delete AFTER DELETE ON client BEGIN
        INSERT INTO client_search_fts (client_search_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text);
      END;
      CREATE TRIGGER client_search_fts_update AFTER UPDATE OF search_text ON client BEGIN
        INSERT INTO client_search_fts (client_search_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text);
        INSERT INTO client_search_fts (rowid, search_text) VALUES (new.id, new.search_text);
      END;
      INSERT INTO client_search_fts (client_search_fts) VALUES ('rebuild');

      -- Open trajectories are now found by their statuses in the status index (counting them too).
      DROP INDEX trajectory_open_by_updated;
    `);
  },
};
