import type { Migration } from './index';

/** One external-content FTS5 index per source table: the text is stored once, in its own table. */
const indexes = [
  { fts: 'session_note_fts', table: 'session_note', key: 'session_id', columns: ['summary', 'private_notes'] },
  { fts: 'agreement_fts', table: 'agreement', key: 'id', columns: ['text', 'review_note'] },
  { fts: 'goal_fts', table: 'goal', key: 'id', columns: ['title', 'description'] },
  { fts: 'client_fts', table: 'client', key: 'id', columns: ['first_name', 'preferred_name', 'last_name', 'email'] },
] as const;

function indexSql({ fts, table, key, columns }: (typeof indexes)[number]): string {
  const cols = columns.join(', ');
  const newValues = columns.map((c) => `new.${c}`).join(', ');
  const oldValues = columns.map((c) => `old.${c}`).join(', ');
  return `
    CREATE VIRTUAL TABLE ${fts} USING fts5(${cols}, content='${table}', content_rowid='${key}',
      tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');
    -- Deleted or changed text leaves no trace in the index pages (erasure, amendments).
    INSERT INTO ${fts} (${fts}, rank) VALUES ('secure-delete', 1);
    CREATE TRIGGER ${table}_fts_insert AFTER INSERT ON ${table} BEGIN
      INSERT INTO ${fts} (rowid, ${cols}) VALUES (new.${key}, ${newValues});
    END;
    CREATE TRIGGER ${table}_fts_delete AFTER DELETE ON ${table} BEGIN
      INSERT INTO ${fts} (${fts}, rowid, ${cols}) VALUES ('delete', old.${key}, ${oldValues});
    END;
    CREATE TRIGGER ${table}_fts_update AFTER UPDATE OF ${cols} ON ${table} BEGIN
      INSERT INTO ${fts} (${fts}, rowid, ${cols}) VALUES ('delete', old.${key}, ${oldValues});
      INSERT INTO ${fts} (rowid, ${cols}) VALUES (new.${key}, ${newValues});
    END;
    INSERT INTO ${fts} (${fts}) VALUES ('rebuild');
  `;
}

/**
 * Full-text search inside the encrypted database over session notes, agreements, goals and
 * clients: diacritics folded (Zoë = zoe), prefix indexes for search-as-you-type. Repair-plan
 * descriptions are private and deliberately not indexed.
 */
export const searchIndex: Migration = {
  version: 3,
  name: 'search index',
  up(db) {
    for (const index of indexes) db.exec(indexSql(index));
  },
};
