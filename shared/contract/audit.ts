import { z } from 'zod';
import { method } from './define';
import { empty, id } from './fields';

export const auditEvents = [
  'unlock',
  'unlock_failed',
  'lock',
  'client_opened',
  'trajectory_opened',
  'session_opened',
  'report_exported',
  'client_exported',
  'practice_exported',
  'client_erased',
  'backup_made',
  'backup_restored',
  'passphrase_changed',
  'passphrase_recovered',
  'recovery_key_renewed',
  'rekeyed',
  'calendar_exported',
  'client_mode_started',
  'client_mode_ended',
] as const;
export type AuditEventName = (typeof auditEvents)[number];

/** One entry of the audit log: who did what, when, on which record. Ids only, never names or note text. */
export interface AuditEntry {
  id: number;
  at: string;
  event: AuditEventName;
  clientId: number | null;
  trajectoryId: number | null;
  sessionId: number | null;
  practitioner: string;
  device: string;
  details: Record<string, string | number | boolean | null>;
}

export interface AuditPage {
  items: AuditEntry[];
  total: number;
}

export type AuditVerification =
  | { intact: true; entries: number }
  | { intact: false; entries: number; firstBrokenId: number; problem: 'mac_mismatch' | 'missing_entry' | 'unknown_key' };

export const auditMethods = {
  'audit.list': method<AuditPage>()(
    z
      .object({
        clientId: id.optional(),
        event: z.enum(auditEvents).optional(),
        offset: z.number().int().min(0).max(100_000_000).default(0),
        limit: z.number().int().min(1).max(500).default(100),
      })
      .strict(),
    'The audit log, newest first, optionally for one client.',
  ),
  'audit.verify': method<AuditVerification>()(empty, 'Check the whole chain of the audit log; names the first broken entry.'),
};
