import type { ReportExport, ReportSectionKey } from '../../../shared/contract/reports';
import type { Audience } from '../../../shared/domain/audience';
import { AppError } from '../../../shared/errors';
import type { Db } from '../db/open';

/** What is recorded of a handed-out report: never the PDF, never the password. */
export type NewReportExport = Omit<ReportExport, 'id' | 'createdAt'>;

interface ReportExportRow {
  id: number;
  trajectory_id: number;
  audience: string;
  audience_label: string;
  language: 'nl' | 'en';
  from_session_id: number | null;
  to_session_id: number | null;
  period_from: string | null;
  period_to: string | null;
  full: number;
  sections: string;
  password_protected: number;
  file_name: string;
  sha256: string;
  size_bytes: number;
  created_at: string;
}

function toReportExport(row: ReportExportRow): ReportExport {
  return {
    id: row.id,
    trajectoryId: row.trajectory_id,
    audience: JSON.parse(row.audience) as Audience,
    audienceLabel: row.audience_label,
    language: row.language,
    fromSessionId: row.from_session_id,
    toSessionId: row.to_session_id,
    periodFrom: row.period_from,
    periodTo: row.period_to,
    full: row.full === 1,
    sections: JSON.parse(row.sections) as ReportSectionKey[],
    passwordProtected: row.password_protected === 1,
    fileName: row.file_name,
    sha256: row.sha256,
    sizeBytes: row.size_bytes,
    createdAt: row.created_at,
  };
}

export function insertReportExport(db: Db, values: NewReportExport, now: string): ReportExport {
  const { lastInsertRowid } = db
    .prepare(
      `INSERT INTO report_export (trajectory_id, audience, audience_label, language, from_session_id, to_session_id, period_from, period_to,
         full, sections, password_protected, file_name, sha256, size_bytes, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      values.trajectoryId,
      JSON.stringify(values.audience),
      values.audienceLabel,
      values.language,
      values.fromSessionId,
      values.toSessionId,
      values.periodFrom,
      values.periodTo,
      values.full ? 1 : 0,
      JSON.stringify(values.sections),
      values.passwordProtected ? 1 : 0,
      values.fileName,
      values.sha256,
      values.sizeBytes,
      now,
    );
  return toReportExport(db.prepare(`SELECT * FROM report_export WHERE id = ?`).get(lastInsertRowid) as ReportExportRow);
}

/** Every export of a trajectory, newest first. */
export function reportExportsOf(db: Db, trajectoryId: number): ReportExport[] {
  const rows = db
    .prepare(`SELECT * FROM report_export WHERE trajectory_id = ? ORDER BY created_at DESC, id DESC`)
    .all(trajectoryId) as ReportExportRow[];
  return rows.map(toReportExport);
}

/** How long after an export its record may still be withdrawn: the time a save dialog stays open. */
export const discardWindowMs = 15 * 60_000;

/**
 * Withdraw the record of an export whose file was never saved. Only the newest export, only
 * shortly after it was made: the history of what was handed out cannot be rewritten later.
 */
export function discardReportExport(db: Db, id: number, now: Date): void {
  const row = db.prepare('SELECT created_at, (SELECT max(id) FROM report_export) AS newest FROM report_export WHERE id = ?').get(id) as
    | { created_at: string; newest: number }
    | undefined;
  if (!row) throw new AppError('NOT_FOUND', 'No export with this id.', 'id');
  if (row.newest !== id || now.getTime() - Date.parse(row.created_at) > discardWindowMs) {
    throw new AppError('CONFLICT', 'Only the newest export, just made, can be withdrawn.', 'id');
  }
  db.prepare('DELETE FROM report_export WHERE id = ?').run(id);
}
