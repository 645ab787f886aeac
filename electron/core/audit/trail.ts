import { hostname, userInfo } from 'node:os';
import type { Db } from '../db/open';
import { readPractice } from '../practice/repository';
import { appendAudit, appendKeyCheckpoint, currentEpoch, deriveAuditKey, verifyAudit, type Actor, type AuditKey, type AuditRecord } from './chain';

export type { AuditRecord } from './chain';

/** Opening the same record again within this time is one visit, not a new entry. */
const sameVisitMs = 60_000;

function whoAndWhere(db: Db): Actor {
  let account: string;
  try {
    account = userInfo().username;
  } catch {
    account = '';
  }
  return { practitioner: readPractice(db).practitionerName || account || 'onbekend', device: hostname() };
}

/** The audit log of one open vault: its key for this session, who is working, and on which device. */
export class AuditTrail {
  private key: AuditKey;
  private readonly visits = new Map<string, number>();
  /** Entries written this session, so "did the data change since the last back-up" can leave them out. */
  writes = 0;

  constructor(
    private readonly db: Db,
    dataKey: Buffer,
    private readonly readOnly: boolean,
  ) {
    this.key = { key: deriveAuditKey(dataKey), epoch: currentEpoch(db) };
  }

  /** Read at each entry: the practice's practitioner may be named after the vault was opened. */
  private get actor(): Actor {
    return whoAndWhere(this.db);
  }

  record(entry: AuditRecord, at: string): void {
    if (this.readOnly) return;
    if (entry.event.endsWith('_opened')) {
      const visit = `${entry.event}:${entry.clientId ?? ''}:${entry.trajectoryId ?? ''}:${entry.sessionId ?? ''}`;
      const now = Date.parse(at);
      const last = this.visits.get(visit);
      this.visits.set(visit, now);
      if (last !== undefined && now - last < sameVisitMs) return;
    }
    appendAudit(this.db, this.key, this.actor, entry, at);
    this.writes++;
  }

  /**
   * `db` (a copy about to go live) moves from one data key to another (rekey, or a restore under
   * another key): its next entry opens a new key epoch and carries the old audit key along.
   */
  checkpoint(db: Db, oldDataKey: Buffer, nextDataKey: Buffer, at: string, details: AuditRecord['details'] = {}): void {
    const previous = { key: deriveAuditKey(oldDataKey), epoch: currentEpoch(db) };
    const next = deriveAuditKey(nextDataKey);
    try {
      appendKeyCheckpoint(db, previous, next, whoAndWhere(db), at, details);
    } finally {
      previous.key.fill(0);
      next.fill(0);
    }
  }

  verify() {
    return verifyAudit(this.db, this.key);
  }

  forget(): void {
    this.key.key.fill(0);
  }
}
