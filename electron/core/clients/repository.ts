import type Database from 'better-sqlite3-multiple-ciphers';
import type { Client, ClientList, ClientListItem, ClientStatus } from '../../../shared/contract';
import type { TrajectoryStatus } from '../../../shared/domain/trajectory';
import { AppError } from '../../../shared/errors';
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
  const words = foldForSearch(q.query).split(' ').filter(Boolean).slice(0, 8);
  words.forEach((word, i) => {
    where.push(`instr(search_text, @w${i}) > 0`);
    params[`w${i}`] = word;
  });
  const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const direction = q.direction === 'desc' ? 'DESC' : 'ASC';
  const total = (db.prepare(`SELECT count(*) AS n FROM client ${clause}`).get(params) as { n: number }).n;
  const rows = db
    .prepare(`SELECT ${columns} FROM client c ${clause} ORDER BY ${orderBy[q.sort].replaceAll('%d', direction)} LIMIT @limit OFFSET @offset`)
    .all({ ...params, limit: q.limit, offset: q.offset }) as ClientRow[];
  // Where each client stands, for this page only: sorting needs every match, standing only the page.
  const standings = new Map(
    (
      db
        .prepare(`SELECT c.id, ${standing} FROM client c WHERE c.id IN (SELECT value FROM json_each(@ids))`)
        .all({ ids: JSON.stringify(rows.map((row) => row.id)), now: q.now }) as (StandingRow & { id: number })[]
    ).map((row) => [row.id, row]),
  );
  return { items: rows.map((row) => ({ ...toClient(row), ...toStanding(row, standings.get(row.id)!) })), total };
}

interface StandingRow {
  trajectory_status: TrajectoryStatus | null;
  next_session: string | null;
}

/** Where a client stands, for a page of the list: their most active trajectory and next planned session. */
const standing = `
  (SELECT t.status FROM participant p JOIN trajectory t ON t.id = p.trajectory_id
    WHERE p.client_id = c.id AND p.removed_at IS NULL
    ORDER BY CASE t.status WHEN 'active' THEN 0 WHEN 'intake' THEN 1 WHEN 'paused' THEN 2 ELSE 3 END LIMIT 1) AS trajectory_status,
  (SELECT json_object('id', s.id, 'trajectoryId', s.trajectory_id, 'startsAt', s.starts_at)
    FROM participant p JOIN session_attendee a ON a.participant_id = p.id JOIN session s ON s.id = a.session_id
    WHERE p.client_id = c.id AND s.status = 'planned' AND s.starts_at >= @now ORDER BY s.starts_at LIMIT 1) AS next_session`;

export function clientStatus(archivedAt: string | null, trajectoryStatus: TrajectoryStatus | null): ClientStatus {
  if (archivedAt !== null) return 'archived';
  return trajectoryStatus ?? 'none';
}

function toStanding(row: ClientRow, standing: StandingRow): Pick<ClientListItem, 'status' | 'nextSession'> {
  return {
    status: clientStatus(row.archived_at, standing.trajectory_status),
    nextSession: standing.next_session === null ? null : (JSON.parse(standing.next_session) as ClientListItem['nextSession']),
  };
}
