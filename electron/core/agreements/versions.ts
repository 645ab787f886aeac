import type { Agreement, AgreementVersion } from '../../../shared/contract';
import type { AgreementDue, AgreementOwner } from '../../../shared/domain/agreement';
import type { Db } from '../db/open';
import { toOwner } from './repository';

interface VersionRow {
  agreement_id: number;
  owner_kind: AgreementOwner['kind'];
  owner_participant_id: number | null;
  text: string;
  due_kind: AgreementDue['kind'];
  due_date: string | null;
  reason: string;
  replaced_at: string;
}

/** Before a reviewed agreement changes, its wording as it was reviewed is kept. */
export function keepEarlierWording(db: Db, current: Agreement, reason: string, now: string): void {
  db.prepare(
    `INSERT INTO agreement_version (agreement_id, owner_kind, owner_participant_id, text, due_kind, due_date, reason, replaced_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    current.id,
    current.owner.kind,
    current.owner.kind === 'participant' ? current.owner.participantId : null,
    current.text,
    current.due.kind,
    current.due.kind === 'date' ? current.due.date : null,
    reason,
    now,
  );
}

export function agreementHistory(db: Db, agreementId: number): AgreementVersion[] {
  const rows = db
    .prepare(`SELECT * FROM agreement_version WHERE agreement_id = ? ORDER BY id`)
    .all(agreementId) as VersionRow[];
  return rows.map((row) => ({
    agreementId: row.agreement_id,
    owner: toOwner(row.owner_kind, row.owner_participant_id),
    text: row.text,
    due: row.due_kind === 'date' ? { kind: 'date', date: row.due_date! } : { kind: 'next_session' },
    reason: row.reason,
    replacedAt: row.replaced_at,
  }));
}
