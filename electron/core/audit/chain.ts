import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import type { AuditEventName, AuditVerification } from '../../../shared/contract/audit';
import type { Db } from '../db/open';

/**
 * The audit log's hash chain. Each entry's MAC = HMAC-SHA256(key, previous MAC ‖ the entry as
 * canonical JSON), with a key derived from the data key. Rotating the data key starts a new key
 * epoch: its first entry ("rekeyed") carries the previous epoch's audit key, encrypted under the
 * new one, so the whole chain stays verifiable with the key of today.
 */
export const genesisMac = '0'.repeat(64);

export interface AuditKey {
  key: Buffer;
  epoch: number;
}

export interface Actor {
  practitioner: string;
  device: string;
}

export interface AuditRecord {
  event: AuditEventName;
  clientId?: number | null;
  trajectoryId?: number | null;
  sessionId?: number | null;
  details?: Record<string, string | number | boolean | null>;
}

interface AuditRow {
  id: number;
  at: string;
  event: string;
  client_id: number | null;
  trajectory_id: number | null;
  session_id: number | null;
  practitioner: string;
  device: string;
  details: string;
  key_epoch: number;
  prev_mac: string;
  mac: string;
}

export function deriveAuditKey(dataKey: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', dataKey, Buffer.alloc(0), 'traject audit chain v1', 32));
}

function canonical(row: Omit<AuditRow, 'mac'>): string {
  return JSON.stringify([
    row.id,
    row.at,
    row.event,
    row.client_id,
    row.trajectory_id,
    row.session_id,
    row.practitioner,
    row.device,
    row.details,
    row.key_epoch,
    row.prev_mac,
  ]);
}

function macOf(key: Buffer, row: Omit<AuditRow, 'mac'>): string {
  return createHmac('sha256', key).update(row.prev_mac).update(canonical(row)).digest('hex');
}

/** The epoch new entries belong to: the newest entry's, or 0 in an empty log. */
export function currentEpoch(db: Db): number {
  return (db.prepare('SELECT key_epoch FROM audit_event ORDER BY id DESC LIMIT 1').pluck().get() as number | undefined) ?? 0;
}

export function appendAudit(db: Db, key: AuditKey, actor: Actor, record: AuditRecord, at: string): void {
  const last = db.prepare('SELECT id, mac FROM audit_event ORDER BY id DESC LIMIT 1').get() as { id: number; mac: string } | undefined;
  const row = {
    id: (last?.id ?? 0) + 1,
    at,
    event: record.event,
    client_id: record.clientId ?? null,
    trajectory_id: record.trajectoryId ?? null,
    session_id: record.sessionId ?? null,
    practitioner: actor.practitioner,
    device: actor.device,
    details: JSON.stringify(record.details ?? {}),
    key_epoch: key.epoch,
    prev_mac: last?.mac ?? genesisMac,
  };
  db.prepare(
    `INSERT INTO audit_event (id, at, event, client_id, trajectory_id, session_id, practitioner, device, details, key_epoch, prev_mac, mac)
     VALUES (@id, @at, @event, @client_id, @trajectory_id, @session_id, @practitioner, @device, @details, @key_epoch, @prev_mac, @mac)`,
  ).run({ ...row, mac: macOf(key.key, row) });
}

function sealKey(previous: Buffer, next: Buffer): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', next, iv);
  const sealed = Buffer.concat([cipher.update(previous), cipher.final(), cipher.getAuthTag()]);
  return `${iv.toString('base64')}.${sealed.toString('base64')}`;
}

function openKey(sealed: unknown, next: Buffer): Buffer | null {
  if (typeof sealed !== 'string') return null;
  const [iv, body] = sealed.split('.');
  try {
    const bytes = Buffer.from(body ?? '', 'base64');
    const decipher = createDecipheriv('aes-256-gcm', next, Buffer.from(iv ?? '', 'base64'));
    decipher.setAuthTag(bytes.subarray(bytes.length - 16));
    return Buffer.concat([decipher.update(bytes.subarray(0, bytes.length - 16)), decipher.final()]);
  } catch {
    return null;
  }
}

/** Start a new key epoch (the data key changed): the first entry carries the old audit key, sealed under the new one. */
export function appendKeyCheckpoint(db: Db, previous: AuditKey, nextKey: Buffer, actor: Actor, at: string, details: AuditRecord['details'] = {}): AuditKey {
  const next = { key: nextKey, epoch: previous.epoch + 1 };
  appendAudit(db, next, actor, { event: 'rekeyed', details: { ...details, previousAuditKey: sealKey(previous.key, nextKey) } }, at);
  return next;
}

/** Check every entry: consecutive ids, each MAC under its epoch's key, each chained to the one before. */
export function verifyAudit(db: Db, key: AuditKey): AuditVerification {
  const rows = db.prepare('SELECT * FROM audit_event ORDER BY id').all() as AuditRow[];
  const keys = new Map<number, Buffer>([[key.epoch, key.key]]);
  for (let epoch = key.epoch; epoch > 0; epoch--) {
    const checkpoint = rows.find((r) => r.key_epoch === epoch);
    const epochKey = keys.get(epoch);
    if (!checkpoint || !epochKey) break;
    let previous: Buffer | null;
    try {
      previous = openKey((JSON.parse(checkpoint.details) as { previousAuditKey?: unknown }).previousAuditKey, epochKey);
    } catch {
      previous = null;
    }
    if (!previous) return { intact: false, entries: rows.length, firstBrokenId: checkpoint.id, problem: 'unknown_key' };
    keys.set(epoch - 1, previous);
  }
  let prevMac = genesisMac;
  let expectedId = 1;
  for (const row of rows) {
    if (row.id !== expectedId) return { intact: false, entries: rows.length, firstBrokenId: expectedId, problem: 'missing_entry' };
    const rowKey = keys.get(row.key_epoch);
    if (!rowKey) return { intact: false, entries: rows.length, firstBrokenId: row.id, problem: 'unknown_key' };
    const { mac, ...rest } = row;
    if (row.prev_mac !== prevMac || macOf(rowKey, rest) !== mac) {
      return { intact: false, entries: rows.length, firstBrokenId: row.id, problem: 'mac_mismatch' };
    }
    prevMac = mac;
    expectedId++;
  }
  return { intact: true, entries: rows.length };
}
