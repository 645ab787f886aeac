import type Database from 'better-sqlite3-multiple-ciphers';
import type { Client, ClientList, ClientListItem, ClientStatus } from '../../../shared/contract';
import type { TrajectoryStatus } from '../../../shared/domain/trajectory';
import { AppError } from '../../../shared/errors';
import { wordStarts } from '../search/ftsQuery';
import { foldForSearch } from '../text/fold';
import { surnameSortKey } from '../text/surname';

interface ClientRow {
  id: number;
  first_name: string;
  last_name: string;
  preferred_name: string;
  date_of_birth: string;
  email: string;
  phone: string;
  address: string;
  language: 'nl' | 'en';
  created_at: string;
  updated_at: string;
  archived_at: string | null;
}

export type ClientValues = Omit<Client, 'id' | 'createdAt' | 'updatedAt' | 'archivedAt'>;

const columns = `id, first_name, last_name, preferred_name, date_of_birth, email, phone, address, language,
  created_at, updated_at, archived_at`;

export function toClient(row: ClientRow): Client {
  return {
    id: row.id,
    firstName: row.first_name,
    lastName: row.last_name,
    preferredName: row.preferred_name,
    dateOfBirth: row.date_of_birth,
    email: row.email,
    phone: row.phone,
    address: row.address,
    language: row.language,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    archivedAt: row.archived_at,
  };
}

function searchText(c: Pick<ClientValues, 'firstName' | 'lastName' | 'preferredName' | 'email' | 'phone'>): string {
  return foldForSearch([c.firstName, c.preferredName, c.lastName, c.email, c.phone].join(' '));
}

export function getClient(db: Database.Database, id: number): Client {
  const row = db.prepare(`SELECT ${columns} FROM client WHERE id = ?`).get(id) as ClientRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', 'No client with this id.', 'id');
  return toClient(row);
}

export function insertClient(db: Database.Database, values: ClientValues, now: string): Client {
  const result = db
    .prepare(
      // Never the id of an erased client: a tombstone names its client by id, and a restore or the
      // next unlock erases whoever has that id.
      `INSERT INTO client (id, first_name, last_name, preferred_name, date_of_birth, email, phone, address, language,
         search_text, sort_name, created_at, updated_at)
       VALUES (max(coalesce((SELECT max(id) FROM client), 0), coalesce((SELECT max(client_id) FROM erasure), 0)) + 1,
         @firstName, @lastName, @preferredName, @dateOfBirth, @email, @phone, @address, @language,
         @searchText, @sortName, @now, @now)`,
    )
    .run({ ...values, searchText: searchText(values), sortName: surnameSortKey(values.lastName), now });
  return getClient(db, Number(result.lastInsertRowid));
}

export function updateClient(db: Database.Database, id: number, patch: Partial<ClientValues>, now: string): Client {
  const current = getClient(db, id);
  const next = { ...current, ...patch };
  db.prepare(
    `UPDATE client SET first_name = @firstName, last_name = @lastName, preferred_name = @preferredName,
       date_of_birth = @dateOfBirth, email = @email, phone = @phone, address = @address, language = @language,
       search_text = @searchText, sort_name = @sortName, updated_at = @now
     WHERE id = @id`,
  ).run({ ...next, searchText: searchText(next), sortName: surnameSortKey(next.lastName), now, id });
  return getClient(db, id);
}

export function setClientArchived(db: Database.Database, id: number, archived: boolean, now: string): Client {
  getClient(db, id);
  db.prepare(`UPDATE client SET archived_at = ?, updated_at = ? WHERE id = ?`).run(archived ? now : null, now, id);
  return getClient(db, id);
}

export interface ClientQuery {
  query: string;
  archived: 'active' | 'archived' | 'all';
  sort: 'name' | 'created' | 'updated';
  direction: 'asc' | 'desc';
  offset: number;
  limit: number;
  /** The local date-time from which a planned session counts as next. */
  now: string;
}

const orderBy: Record<ClientQuery['sort'], string> = {
  name: 'sort_name %d, first_name COLLATE NOCASE %d, id %d',
  created: 'created_at %d, id %d',
  updated: 'updated_at %d, id %d',
};

export function listClients(db: Database.Database, q: ClientQuery): ClientList {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  if (q.archived === 'active') where.push('archived_at IS NULL');
  if (q.archived === 'archived') where.push('archived_at IS NOT NULL');
  // Each word is the start of a word of a name, the e-mail address or the phone number, found in the
  // full-text index of the folded search text: the cost follows the clients that match, not the practice.
  const match = wordStarts(foldForSearch(q.query));
  if (match !== null) {
    where.push(`c.id IN (SELECT rowid FROM client_search_fts WHERE client_search_fts MATCH @match)`);
    params.match = match;
  }
  const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const direction = q.direction === 'desc' ? 'DESC' : 'ASC';
  const total = (db.prepare(`SELECT count(*) AS n FROM client c ${clause}`).get(params) as { n: number }).n;
  const rows = db
    .prepare(`SELECT ${columns} FROM client c ${clause} ORDER BY ${orderBy[q.sort].replaceAll('%d', direction)} LIMIT @limit OFFSET @offset`)
    .all({ ...params, limit: q.limit, offset: q.offset }) as ClientRow[];
  // Where each client stands, for this page only: sorting needs every match, standing only the page.
  const standings = pageStandings(db, rows.map((row) => row.id), q.now);
  return { items: rows.map((row) => ({ ...toClient(row), ...toStanding(row, standings.get(row.id)) })), total };
}

interface StandingRow {
  trajectory_status: TrajectoryStatus | null;
  next_session: ClientListItem['nextSession'];
}

/**
 * Where the clients of one page stand: each one's most active trajectory, and the first planned session
 * from now on. The sessions are found from the calendar's side (what is planned from now on is a week's
 * work, whatever the size of the archive), never by walking every session a client ever attended.
 */
function pageStandings(db: Database.Database, ids: readonly number[], now: string): Map<number, StandingRow> {
  const page = JSON.stringify(ids);
  const standings = new Map<number, StandingRow>();
  const statuses = db
    .prepare(
      `SELECT c.value AS id, (SELECT t.status FROM participant p JOIN trajectory t ON t.id = p.trajectory_id
         WHERE p.client_id = c.value AND p.removed_at IS NULL
         ORDER BY CASE t.status WHEN 'active' THEN 0 WHEN 'intake' THEN 1 WHEN 'paused' THEN 2 ELSE 3 END LIMIT 1) AS status
       FROM json_each(@page) c`,
    )
    .all({ page }) as { id: number; status: TrajectoryStatus | null }[];
  for (const row of statuses) standings.set(row.id, { trajectory_status: row.status, next_session: null });
  const planned = db
    .prepare(
      `SELECT p.client_id, s.id, s.trajectory_id, s.starts_at
       FROM session s CROSS JOIN session_attendee a ON a.session_id = s.id CROSS JOIN participant p ON p.id = a.participant_id
       WHERE s.starts_at >= @now AND s.status = 'planned' AND p.client_id IN (SELECT value FROM json_each(@page))
       ORDER BY s.starts_at, s.id`,
    )
    .all({ page, now }) as { client_id: number; id: number; trajectory_id: number; starts_at: string }[];
  for (const session of planned) {
    const standing = standings.get(session.client_id);
    if (standing && standing.next_session === null) {
      standing.next_session = { id: session.id, trajectoryId: session.trajectory_id, startsAt: session.starts_at };
    }
  }
  return standings;
}

export function clientStatus(archivedAt: string | null, trajectoryStatus: TrajectoryStatus | null): ClientStatus {
  if (archivedAt !== null) return 'archived';
  return trajectoryStatus ?? 'none';
}

function toStanding(row: ClientRow, standing: StandingRow | undefined): Pick<ClientListItem, 'status' | 'nextSession'> {
  return {
    status: clientStatus(row.archived_at, standing?.trajectory_status ?? null),
    nextSession: standing?.next_session ?? null,
  };
}
