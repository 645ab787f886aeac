import type { Migration } from './index';

/**
 * What an export record says of the report's scope: the dates its period ran (as printed on it,
 * however they were chosen: by session, by date or by default) and whether it was the full report
 * or the concise one. Records made before this stay without dates (NULL) and count as concise.
 */
export const reportExportPeriod: Migration = {
  version: 9,
  name: 'report export period',
  up(db) {
    db.exec(`
      ALTER TABLE report_export ADD COLUMN period_from TEXT CHECK (period_from IS NULL OR period_from GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]');
      ALTER TABLE report_export ADD COLUMN period_to TEXT CHECK (period_to IS NULL OR period_to GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]');
      ALTER TABLE report_export ADD COLUMN full INTEGER NOT NULL DEFAULT 0 CHECK (full IN (0, 1));
    `);
  },
};
