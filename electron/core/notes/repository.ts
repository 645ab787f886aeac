import { emptyHeadings } from '../../../shared/domain/emptyHeadings';
import type { NoteHistory, NoteVersion, SessionNotes } from '../../../shared/contract';
import { defaultTemplateForKind, type NoteTemplateKey, type NoteVersionKind } from '../../../shared/domain/session';
import { AppError } from '../../../shared/errors';
import type { Db } from '../db/open';
import { templateHeadings } from './templateHeadings';
import { getSession } from '../sessions/repository';

interface NoteRow {
  template_key: NoteTemplateKey;
  summary: string;
  private_notes: string;
  updated_at: string;
}

interface VersionRow {
  version: number;
  kind: NoteVersionKind;
  summary: string;
  private_notes: string;
  reason: string;
  created_at: string;
}

function latestVersion(db: Db, sessionId: number): number {
  return db.prepare(`SELECT coalesce(max(version), 0) FROM session_note_version WHERE session_id = ?`).pluck().get(sessionId) as number;
}

export function getNotes(db: Db, sessionId: number): SessionNotes {
  const session = getSession(db, sessionId);
  const row = db
    .prepare(`SELECT template_key, summary, private_notes, updated_at FROM session_note WHERE session_id = ?`)
    .get(sessionId) as NoteRow | undefined;
  return {
    sessionId,
    templateKey: row?.template_key ?? defaultTemplateForKind[session.kind],
    summary: row?.summary ?? '',
    privateNotes: row?.private_notes ?? '',
    finalisedAt: session.finalisedAt,
    version: latestVersion(db, sessionId),
    updatedAt: row?.updated_at ?? null,
    emptyHeadings: {
      summary: emptyHeadings(row?.summary ?? '', templateHeadings()),
      privateNotes: emptyHeadings(row?.private_notes ?? '', templateHeadings()),
    },
  };
}

export interface NotesPatch {
  summary?: string | undefined;
  privateNotes?: string | undefined;
  templateKey?: NoteTemplateKey | undefined;
}

function writeNotes(db: Db, current: SessionNotes, patch: NotesPatch, now: string): SessionNotes {
  db.prepare(
    `INSERT INTO session_note (session_id, template_key, summary, private_notes, updated_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (session_id) DO UPDATE SET template_key = excluded.template_key, summary = excluded.summary,
       private_notes = excluded.private_notes, updated_at = excluded.updated_at`,
  ).run(
    current.sessionId,
    patch.templateKey ?? current.templateKey,
    patch.summary ?? current.summary,
    patch.privateNotes ?? current.privateNotes,
    now,
  );
  return getNotes(db, current.sessionId);
}

function addVersion(db: Db, notes: SessionNotes, kind: NoteVersionKind, reason: string, now: string): void {
  db.prepare(
    `INSERT INTO session_note_version (session_id, version, kind, summary, private_notes, reason, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(notes.sessionId, latestVersion(db, notes.sessionId) + 1, kind, notes.summary, notes.privateNotes, reason, now);
}

/** Drafts are overwritten freely; once finalised, only amendments (with history) change the notes. */
export function saveNotes(db: Db, sessionId: number, patch: NotesPatch, now: string): SessionNotes {
  const current = getNotes(db, sessionId);
  if (current.finalisedAt) {
    throw new AppError('CONFLICT', 'These notes are finalised: amend them instead.', 'id', 'finalised');
  }
  return writeNotes(db, current, patch, now);
}

export function finaliseNotes(db: Db, sessionId: number, now: string): SessionNotes {
  const session = getSession(db, sessionId);
  if (session.finalisedAt) throw new AppError('CONFLICT', 'These notes are already finalised.', 'id', 'finalised');
  if (session.status === 'planned') {
    throw new AppError('CONFLICT', 'A planned session cannot be finalised: mark it held first.', 'id', 'session_planned');
  }
  const notes = writeNotes(db, getNotes(db, sessionId), {}, now);
  addVersion(db, notes, 'final', '', now);
  db.prepare(`UPDATE session SET finalised_at = ?, updated_at = ? WHERE id = ?`).run(now, now, sessionId);
  return getNotes(db, sessionId);
}

export function amendNotes(db: Db, sessionId: number, patch: NotesPatch, reason: string, now: string): SessionNotes {
  const current = getNotes(db, sessionId);
  if (!current.finalisedAt) {
    throw new AppError('CONFLICT', 'These notes are a draft: save them instead.', 'id', 'not_finalised');
  }
  const unchanged =
    (patch.summary ?? current.summary) === current.summary && (patch.privateNotes ?? current.privateNotes) === current.privateNotes;
  if (unchanged) throw new AppError('INVALID_INPUT', 'The amendment changes nothing.', 'summary', 'no_change');
  const notes = writeNotes(db, current, { summary: patch.summary, privateNotes: patch.privateNotes }, now);
  addVersion(db, notes, 'amendment', reason, now);
  return getNotes(db, sessionId);
}

export function noteHistory(db: Db, sessionId: number): NoteHistory {
  getSession(db, sessionId);
  const versions = (
    db
      .prepare(
        `SELECT version, kind, summary, private_notes, reason, created_at FROM session_note_version
         WHERE session_id = ? ORDER BY version`,
      )
      .all(sessionId) as VersionRow[]
  ).map(
    (r): NoteVersion => ({
      version: r.version,
      kind: r.kind,
      summary: r.summary,
      privateNotes: r.private_notes,
      reason: r.reason,
      createdAt: r.created_at,
    }),
  );
  return { sessionId, versions, amendments: versions.filter((v) => v.kind === 'amendment') };
}
