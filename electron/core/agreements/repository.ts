import type { Agreement, ParsedInputOf } from '../../../shared/contract';
import { localDate } from '../../../shared/domain/calendar';
import type { AgreementDue, AgreementOutcome, AgreementOwner } from '../../../shared/domain/agreement';
import { AppError } from '../../../shared/errors';
import type { Db } from '../db/open';
import { getSession } from '../sessions/repository';
import { requireParticipantOf } from '../trajectories/participants';
import { checkDue } from './dueDate';
import { keepEarlierWording } from './versions';

/** The local date of an audit stamp: "today" for due-date checks. */
const todayOf = (now: string) => localDate(new Date(now));

export interface AgreementRow {
  id: number;
  trajectory_id: number;
  made_in_session_id: number;
  made_on: string;
  owner_kind: AgreementOwner['kind'];
  owner_participant_id: number | null;
  text: string;
  due_kind: AgreementDue['kind'];
  due_date: string | null;
  reviewed_in_session_id: number | null;
  reviewed_on: string | null;
  outcome: AgreementOutcome | null;
  review_note: string;
  replaced_by_agreement_id: number | null;
  replaces_id: number | null;
  repair_plan_ids: string;
  amended_at: string | null;
  created_at: string;
  updated_at: string;
}

export const agreementSelect = `SELECT a.id, a.trajectory_id, a.made_in_session_id, substr(a.made_at, 1, 10) AS made_on,
  a.owner_kind, a.owner_participant_id, a.text, a.due_kind, a.due_date, a.reviewed_in_session_id,
  substr(rs.starts_at, 1, 10) AS reviewed_on, a.outcome, a.review_note, a.replaced_by_agreement_id,
  (SELECT r.id FROM agreement r WHERE r.replaced_by_agreement_id = a.id) AS replaces_id,
  (SELECT json_group_array(ra.repair_plan_id) FROM repair_action ra WHERE ra.agreement_id = a.id) AS repair_plan_ids,
  (SELECT max(v.replaced_at) FROM agreement_version v WHERE v.agreement_id = a.id) AS amended_at,
  a.created_at, a.updated_at
  FROM agreement a LEFT JOIN session rs ON rs.id = a.reviewed_in_session_id`;

export function toOwner(kind: AgreementOwner['kind'], participantId: number | null): AgreementOwner {
  return kind === 'participant' ? { kind, participantId: participantId! } : { kind };
}

export function toAgreement(row: AgreementRow): Agreement {
  return {
    id: row.id,
    trajectoryId: row.trajectory_id,
    madeInSessionId: row.made_in_session_id,
    madeOn: row.made_on,
    owner: toOwner(row.owner_kind, row.owner_participant_id),
    text: row.text,
    due: row.due_kind === 'date' ? { kind: 'date', date: row.due_date! } : { kind: 'next_session' },
    review:
      row.outcome === null
        ? null
        : { sessionId: row.reviewed_in_session_id, reviewedOn: row.reviewed_on, outcome: row.outcome, note: row.review_note },
    replacedById: row.replaced_by_agreement_id,
    replacesId: row.replaces_id,
    repairPlanIds: JSON.parse(row.repair_plan_ids) as number[],
    amendedAt: row.amended_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function getAgreement(db: Db, id: number, field = 'id'): Agreement {
  const row = db.prepare(`${agreementSelect} WHERE a.id = ?`).get(id) as AgreementRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', 'No agreement with this id.', field);
  return toAgreement(row);
}

/** The agreements of a trajectory in the order they were made. */
export function agreementsOf(db: Db, trajectoryId: number, state: 'open' | 'reviewed' | 'all' = 'all'): Agreement[] {
  const filter = state === 'open' ? 'AND a.outcome IS NULL' : state === 'reviewed' ? 'AND a.outcome IS NOT NULL' : '';
  const rows = db
    .prepare(`${agreementSelect} WHERE a.trajectory_id = ? ${filter} ORDER BY a.made_at, a.id`)
    .all(trajectoryId) as AgreementRow[];
  return rows.map(toAgreement);
}

function ownerColumns(db: Db, trajectoryId: number, owner: AgreementOwner, field: string): [string, number | null] {
  if (owner.kind !== 'participant') return [owner.kind, null];
  requireParticipantOf(db, trajectoryId, owner.participantId, `${field}.participantId`);
  return ['participant', owner.participantId];
}

/** A new agreement as the contract's agreements.create parses it (the repair plan link is the handler's). */
export type NewAgreement = Omit<ParsedInputOf<'agreements.create'>, 'repairPlanId'>;

/** `field` names the input object the values came from ('' for the top level, 'newAgreement' for a replacement). */
export function insertAgreement(db: Db, values: NewAgreement, now: string, field = ''): number {
  const session = getSession(db, values.sessionId, 'sessionId');
  const at = (name: string) => (field ? `${field}.${name}` : name);
  checkDue(values.due, { today: todayOf(now), madeOn: session.startsAt.slice(0, 10), alreadyDue: values.alreadyDue ?? false }, at('due'));
  const [ownerKind, ownerId] = ownerColumns(db, session.trajectoryId, values.owner, at('owner'));
  return Number(
    db
      .prepare(
        `INSERT INTO agreement (trajectory_id, made_in_session_id, made_at, owner_kind, owner_participant_id, text, due_kind,
           due_date, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(session.trajectoryId, session.id, session.startsAt, ownerKind, ownerId, values.text, values.due.kind,
        values.due.kind === 'date' ? values.due.date : null, now, now).lastInsertRowid,
  );
}

/** The changes agreements.update parses. */
export type AgreementPatch = Omit<ParsedInputOf<'agreements.update'>, 'id'>;

/** An open agreement is corrected in place; a reviewed one keeps its earlier wording as an amendment. */
export function updateAgreement(db: Db, id: number, patch: AgreementPatch, now: string): Agreement {
  const current = getAgreement(db, id);
  const owner = patch.owner ?? current.owner;
  const due = patch.due ?? current.due;
  if (patch.due) checkDue(patch.due, { today: todayOf(now), madeOn: current.madeOn, alreadyDue: patch.alreadyDue ?? false }, 'due');
  const [ownerKind, ownerId] = ownerColumns(db, current.trajectoryId, owner, 'owner');
  if (current.review) keepEarlierWording(db, current, patch.reason ?? '', now);
  db.prepare(
    `UPDATE agreement SET owner_kind = ?, owner_participant_id = ?, text = ?, due_kind = ?, due_date = ?, updated_at = ?
     WHERE id = ?`,
  ).run(ownerKind, ownerId, patch.text ?? current.text, due.kind, due.kind === 'date' ? due.date : null, now, id);
  return getAgreement(db, id);
}

export interface Review {
  sessionId: number;
  outcome: AgreementOutcome;
  note: string;
  newAgreement?: Omit<NewAgreement, 'sessionId'> | undefined;
}

/** Review in a later session; a renegotiated agreement links to its replacement, made in that session. */
export function reviewAgreement(db: Db, id: number, review: Review, now: string): Agreement {
  const agreement = getAgreement(db, id);
  if (agreement.review?.outcome === 'renegotiated') {
    throw new AppError('CONFLICT', 'This agreement was renegotiated; review its replacement instead.', 'id', 'renegotiated');
  }
  const made = getSession(db, agreement.madeInSessionId);
  const session = getSession(db, review.sessionId, 'sessionId');
  if (session.trajectoryId !== agreement.trajectoryId) {
    throw new AppError('INVALID_INPUT', 'The review session belongs to another trajectory.', 'sessionId', 'other_trajectory');
  }
  if (session.startsAt <= made.startsAt) {
    throw new AppError('INVALID_INPUT', 'An agreement is reviewed in a later session.', 'sessionId', 'review_not_later');
  }
  const replacement = review.newAgreement
    ? insertAgreement(db, { ...review.newAgreement, sessionId: session.id }, now, 'newAgreement')
    : null;
  db.prepare(
    `UPDATE agreement SET reviewed_in_session_id = ?, outcome = ?, review_note = ?, replaced_by_agreement_id = ?,
       updated_at = ? WHERE id = ?`,
  ).run(session.id, review.outcome, review.note, replacement, now, id);
  return getAgreement(db, id);
}

/** Remove an agreement entered by mistake: only while nothing was concluded about it. */
export function removeAgreement(db: Db, id: number): Agreement {
  const agreement = getAgreement(db, id);
  if (agreement.review) throw new AppError('CONFLICT', 'A reviewed agreement cannot be removed; correct it instead.', 'id', 'reviewed');
  if (agreement.replacesId !== null) {
    throw new AppError('CONFLICT', 'This agreement replaces a renegotiated one; review it instead.', 'id', 'replaces_renegotiated');
  }
  db.prepare(`DELETE FROM agreement WHERE id = ?`).run(id);
  return agreement;
}
