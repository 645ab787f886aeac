import type { Session } from '../../../shared/contract';
import type { AgreementOwner } from '../../../shared/domain/agreement';
import type { Audience } from '../../../shared/domain/audience';
import type { TrajectoryKind } from '../../../shared/domain/trajectory';
import { clientExportFormat, type ClientExport } from '../../../shared/export/clientExport';
import { AppError } from '../../../shared/errors';
import { canSee } from '../audience/policy';
import type { Db } from '../db/open';
import { readPractice } from '../practice/repository';
import { responsesVisibleTo } from '../questionnaires/audience';
import { sessionsOfTrajectory } from '../sessions/repository';
import { tablesReferringToClients } from './schemaTables';

type Row = Record<string, string | number | null>;

/** One trajectory of the client, seen as the client would be shown it. */
interface Place {
  trajectoryId: number;
  participantId: number;
  kind: TrajectoryKind;
  audience: Audience;
  sessions: Session[];
  visibleSessionIds: Set<number>;
}

interface Scope {
  clientId: number;
  places: Place[];
  agreementIds: Set<number>;
  planIds: Set<number>;
}

const omitted: ClientExport['omitted'] = [
  { table: 'session_note', column: 'private_notes', why: "the practitioner's private notes" },
  { table: 'session_note_version', column: 'private_notes', why: "the practitioner's private notes" },
  { table: 'session_note_version', column: 'reason', why: "the practitioner's reason for a change" },
  { table: 'repair_plan', column: 'what_happened', why: "the practitioner's private description of the breach" },
  { table: 'client', column: 'search_text', why: 'derived for search' },
  { table: 'client', column: 'sort_name', why: 'derived for sorting' },
  { table: 'trajectory', column: 'search_title', why: 'derived for search' },
  { table: '*', column: null, why: "other participants' individual sessions, ratings, answers and agreements" },
  { table: 'feedback360_rater', column: 'label', why: "the practitioner's private label of a 360 rater" },
  { table: 'feedback360_answer', column: null, why: "other raters' 360 answers: they reach the person only as group figures" },
];

function without(rows: Row[], table: string): Row[] {
  const drop = omitted.filter((o) => o.table === table && o.column).map((o) => o.column!);
  return rows.map((r) => Object.fromEntries(Object.entries(r).filter(([k]) => !drop.includes(k))));
}

const placeholders = (n: number) => Array.from({ length: n }, () => '?').join(',');

function rowsIn(db: Db, table: string, column: string, ids: Iterable<number>): Row[] {
  const list = [...ids];
  if (list.length === 0) return [];
  const out: Row[] = [];
  for (let i = 0; i < list.length; i += 500) {
    const part = list.slice(i, i + 500);
    out.push(...(db.prepare(`SELECT * FROM ${table} WHERE ${column} IN (${placeholders(part.length)})`).all(...part) as Row[]));
  }
  return out;
}

const visibleSessions = (s: Scope) => s.places.flatMap((p) => [...p.visibleSessionIds]);

function individualFor(place: Place, sessionId: number | null): number | null | undefined {
  if (sessionId === null) return undefined;
  const session = place.sessions.find((x) => x.id === sessionId);
  return session ? session.individualFor : undefined;
}

/**
 * How each table's rows are chosen for one client. Every table the schema says refers to a
 * client must be here: a new one without a rule stops the export (and its test) by name.
 */
const scopes: Record<string, (db: Db, s: Scope) => Row[]> = {
  client: (db, s) => without(rowsIn(db, 'client', 'id', [s.clientId]), 'client'),
  participant: (db, s) => rowsIn(db, 'participant', 'client_id', [s.clientId]),
  trajectory: (db, s) => without(rowsIn(db, 'trajectory', 'id', s.places.map((p) => p.trajectoryId)), 'trajectory'),
  session: (db, s) => rowsIn(db, 'session', 'id', visibleSessions(s)),
  session_attendee: (db, s) => rowsIn(db, 'session_attendee', 'session_id', visibleSessions(s)),
  session_note: (db, s) => without(rowsIn(db, 'session_note', 'session_id', visibleSessions(s)), 'session_note'),
  session_note_version: (db, s) => without(rowsIn(db, 'session_note_version', 'session_id', visibleSessions(s)), 'session_note_version'),
  goal: (db, s) => rowsIn(db, 'goal', 'trajectory_id', s.places.map((p) => p.trajectoryId)),
  rating: (db, s) =>
    s.places.flatMap((place) =>
      rowsIn(db, 'rating', 'session_id', place.visibleSessionIds).filter((r) =>
        canSee(place.audience, { kind: 'rating', participantId: r.participant_id as number, sessionIndividualFor: individualFor(place, r.session_id as number) ?? null }),
      ),
    ),
  agreement: (db, s) =>
    s.places.flatMap((place) =>
      rowsIn(db, 'agreement', 'trajectory_id', [place.trajectoryId])
        .filter((r) => {
          const owner: AgreementOwner =
            r.owner_kind === 'participant' ? { kind: 'participant', participantId: r.owner_participant_id as number } : { kind: r.owner_kind as 'all' | 'practitioner' };
          const madeIn = individualFor(place, r.made_in_session_id as number);
          return madeIn !== undefined && canSee(place.audience, { kind: 'agreement', owner, madeInIndividualFor: madeIn });
        })
        .map((r) => {
          s.agreementIds.add(r.id as number);
          const review = individualFor(place, r.reviewed_in_session_id as number | null);
          return canSee(place.audience, { kind: 'agreementReview', reviewSessionIndividualFor: review }) ? r : { ...r, review_note: null };
        }),
    ),
  // The earlier wordings of an agreement corrected after its review, for the agreements the client sees.
  agreement_version: (db, s) => rowsIn(db, 'agreement_version', 'agreement_id', s.agreementIds),
  repair_plan: (db, s) => {
    const rows = rowsIn(db, 'repair_plan', 'trajectory_id', s.places.map((p) => p.trajectoryId));
    for (const r of rows) s.planIds.add(r.id as number);
    return without(rows, 'repair_plan');
  },
  repair_action: (db, s) => rowsIn(db, 'repair_action', 'repair_plan_id', s.planIds).filter((r) => s.agreementIds.has(r.agreement_id as number)),
  repair_goal: (db, s) => rowsIn(db, 'repair_goal', 'repair_plan_id', s.planIds),
  questionnaire_response: (db, s) =>
    s.places.flatMap((place) => {
      const visible = new Set(responsesVisibleTo(db, place.trajectoryId, place.audience).map((r) => r.id));
      return rowsIn(db, 'questionnaire_response', 'trajectory_id', [place.trajectoryId]).filter((r) => visible.has(r.id as number));
    }),
  report_export: (db, s) =>
    s.places.flatMap((place) =>
      rowsIn(db, 'report_export', 'trajectory_id', [place.trajectoryId]).filter((r) => {
        const audience = JSON.parse(r.audience as string) as Audience;
        return audience.kind === 'joint' || audience.participantId === place.participantId;
      }),
    ),
  audit_event: (db, s) =>
    (
      db
        .prepare(
          `SELECT id, at, event, client_id, trajectory_id, session_id, practitioner, device, details FROM audit_event
           WHERE client_id = ? OR trajectory_id IN (SELECT trajectory_id FROM participant WHERE client_id = ?) ORDER BY id`,
        )
        .all(s.clientId, s.clientId) as Row[]
    ).filter((r) => r.session_id === null || visibleSessions(s).includes(r.session_id as number)),
  erasure: (db, s) => rowsIn(db, 'erasure', 'client_id', [s.clientId]),
  // Sealed forms made for this client, and what they reported in them about their own agreements.
  sealed_form: (db, s) => rowsIn(db, 'sealed_form', 'participant_id', s.places.map((p) => p.participantId)),
  agreement_self_report: (db, s) => rowsIn(db, 'agreement_self_report', 'participant_id', s.places.map((p) => p.participantId)),
  // Which questionnaires the client's trajectories ask between sessions, and how often.
  check_in_questionnaire: (db, s) => rowsIn(db, 'check_in_questionnaire', 'trajectory_id', s.places.map((p) => p.trajectoryId)),
  // 360 rounds about this client: who was asked in which role (never the rater's label) and only their own answers.
  feedback360_round: (db, s) => rowsIn(db, 'feedback360_round', 'participant_id', s.places.map((p) => p.participantId)),
  feedback360_rater: (db, s) => without(raterRowsOf(db, s), 'feedback360_rater'),
  feedback360_answer: (db, s) =>
    rowsIn(db, 'feedback360_answer', 'rater_id', raterRowsOf(db, s).filter((r) => r.role === 'self').map((r) => r.id as number)),
};

function raterRowsOf(db: Db, s: Scope): Row[] {
  const rounds = rowsIn(db, 'feedback360_round', 'participant_id', s.places.map((p) => p.participantId));
  return rowsIn(db, 'feedback360_rater', 'round_id', rounds.map((r) => r.id as number));
}

function scopeFor(db: Db, clientId: number): Scope {
  const exists = db.prepare('SELECT 1 FROM client WHERE id = ?').get(clientId);
  if (!exists) throw new AppError('NOT_FOUND', 'No client with this id.', 'clientId');
  const rows = db
    .prepare('SELECT p.id, p.trajectory_id, t.kind FROM participant p JOIN trajectory t ON t.id = p.trajectory_id WHERE p.client_id = ? ORDER BY p.id')
    .all(clientId) as { id: number; trajectory_id: number; kind: TrajectoryKind }[];
  const places = rows.map((r): Place => {
    const audience: Audience = { kind: 'participant', participantId: r.id };
    const sessions = sessionsOfTrajectory(db, r.trajectory_id);
    const visibleSessionIds = new Set(sessions.filter((x) => canSee(audience, { kind: 'session', individualFor: x.individualFor })).map((x) => x.id));
    return { trajectoryId: r.trajectory_id, participantId: r.id, kind: r.kind, audience, sessions, visibleSessionIds };
  });
  return { clientId, places, agreementIds: new Set(), planIds: new Set() };
}

/** Every row that refers to one client, as they may receive it. Throws for a table without a rule. */
export function exportClient(db: Db, clientId: number, now: Date): ClientExport {
  const tables = tablesReferringToClients(db);
  const missing = tables.filter((t) => !scopes[t]);
  if (missing.length > 0) throw new AppError('INTERNAL', `No export rule for the tables ${missing.join(', ')}.`);
  const scope = scopeFor(db, clientId);
  // Agreements before repair actions: the actions follow the agreements the client may see.
  const order = [...tables].sort((a, b) => Number(b === 'agreement' || b === 'repair_plan') - Number(a === 'agreement' || a === 'repair_plan'));
  const out: Record<string, Row[]> = {};
  for (const table of order) out[table] = scopes[table]!(db, scope);
  const practice = readPractice(db);
  return {
    format: clientExportFormat,
    version: 1,
    exportedAt: now.toISOString(),
    clientId,
    practice: { name: practice.name, practitionerName: practice.practitionerName },
    tables: Object.fromEntries(tables.map((t) => [t, out[t]!])),
    omitted,
  };
}
