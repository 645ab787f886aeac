import type { ErasureCheck, RetentionOfTrajectory } from '../../../shared/contract/privacy';
import { localDate } from '../../../shared/domain/calendar';
import { AppError } from '../../../shared/errors';
import type { Db } from '../db/open';
import { retainUntil, type TrajectoryRow } from '../trajectories/repository';

type Row = Pick<TrajectoryRow, 'id' | 'kind' | 'title' | 'updated_at' | 'retention_years'>;

function participantsOf(db: Db, trajectoryId: number): RetentionOfTrajectory['participants'] {
  return (
    db
      .prepare(
        `SELECT c.id, c.first_name, c.last_name FROM participant p JOIN client c ON c.id = p.client_id
         WHERE p.trajectory_id = ? ORDER BY p.id`,
      )
      .all(trajectoryId) as { id: number; first_name: string; last_name: string }[]
  ).map((c) => ({ clientId: c.id, name: `${c.first_name} ${c.last_name}` }));
}

function describe(db: Db, row: Row, today: string): RetentionOfTrajectory {
  const until = retainUntil(row);
  return {
    trajectoryId: row.id,
    title: row.title,
    kind: row.kind,
    lastActivity: localDate(new Date(row.updated_at)),
    retainUntil: until,
    passed: until < today,
    participants: participantsOf(db, row.id),
  };
}

/** Trajectories whose retention term has passed: listed for review, never deleted by themselves. */
export function retentionList(db: Db, now: Date, passedOnly: boolean): RetentionOfTrajectory[] {
  const today = localDate(now);
  const rows = db.prepare('SELECT id, kind, title, updated_at, retention_years FROM trajectory ORDER BY updated_at').all() as Row[];
  return rows.filter((r) => !passedOnly || retainUntil(r) < today).map((r) => describe(db, r, today));
}

/** What erasing a client removes, and whether the retention term of every trajectory of theirs has passed. */
export function erasureCheck(db: Db, clientId: number, now: Date): ErasureCheck {
  const client = db.prepare('SELECT first_name, last_name FROM client WHERE id = ?').get(clientId) as { first_name: string; last_name: string } | undefined;
  if (!client) throw new AppError('NOT_FOUND', 'No client with this id.', 'clientId');
  const today = localDate(now);
  const rows = db
    .prepare(
      `SELECT t.id, t.kind, t.title, t.updated_at, t.retention_years,
              (SELECT count(*) FROM participant o WHERE o.trajectory_id = t.id AND o.client_id != ?) AS others,
              p.id AS participant_id
       FROM participant p JOIN trajectory t ON t.id = p.trajectory_id WHERE p.client_id = ? ORDER BY t.id`,
    )
    .all(clientId, clientId) as (Row & { others: number; participant_id: number })[];
  const removed = rows.filter((r) => r.others === 0);
  const kept = rows.filter((r) => r.others > 0);
  const count = (sql: string, ids: number[]) =>
    ids.length === 0 ? 0 : (db.prepare(sql.replace('?', ids.map(() => '?').join(','))).pluck().get(...ids) as number);
  const sessionsRemoved =
    count('SELECT count(*) FROM session WHERE trajectory_id IN (?)', removed.map((r) => r.id)) +
    count(
      `SELECT count(*) FROM session_attendee a WHERE a.participant_id IN (?)
         AND NOT EXISTS (SELECT 1 FROM session_attendee b WHERE b.session_id = a.session_id AND b.participant_id != a.participant_id)`,
      kept.map((r) => r.participant_id),
    );
  const untils = rows.map((r) => retainUntil(r)).sort();
  return {
    clientId,
    name: `${client.first_name} ${client.last_name}`,
    retentionPassed: untils.every((u) => u < today),
    retainUntil: untils.at(-1) ?? null,
    trajectoriesRemoved: removed.map((r) => ({ id: r.id, title: r.title })),
    trajectoriesKept: kept.map((r) => ({ id: r.id, title: r.title })),
    sessionsRemoved,
  };
}
