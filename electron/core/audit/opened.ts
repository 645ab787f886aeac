import type { MethodName, OutputOf, ParsedInputOf } from '../../../shared/contract';
import type { AuditRecord } from './chain';

type Recorder<M extends MethodName> = (input: ParsedInputOf<M>, output: OutputOf<M>) => AuditRecord | null;

/**
 * The methods that open a record or hand data out, and the audit entry each one writes once it
 * succeeded. Dispatch consults this one map; no handler writes these entries itself.
 */
const recorders: { [M in MethodName]?: Recorder<M> } = {
  'clients.get': (input) => ({ event: 'client_opened', clientId: input.id }),
  'clients.overview': (input) => ({ event: 'client_opened', clientId: input.id }),
  'trajectories.detail': (input) => ({ event: 'trajectory_opened', trajectoryId: input.id }),
  'sessions.workspace': (input, output) => ({ event: 'session_opened', sessionId: input.id, trajectoryId: output.trajectory.id }),
  'sessions.get': (input, output) => ({ event: 'session_opened', sessionId: input.id, trajectoryId: output.trajectoryId }),
  'reports.export': (input, output) => ({
    event: 'report_exported',
    trajectoryId: input.trajectoryId,
    details: { reportExportId: output.id, audience: input.audience.kind, language: output.language },
  }),
  'exports.client': (input) => ({ event: 'client_exported', clientId: input.clientId, details: { format: 'json' } }),
  'exports.clientSummary': (input) => ({ event: 'client_exported', clientId: input.clientId, details: { format: 'pdf' } }),
  'exports.practice': () => ({ event: 'practice_exported' }),
  // Only with names does a calendar file carry personal data out of the vault; neutral events hold times only.
  'calendar.export': (input, output) => (input.withNames ? { event: 'calendar_exported', details: { withNames: true, events: output.events } } : null),
};

export function auditRecordFor(method: MethodName, input: unknown, output: unknown): AuditRecord | null {
  const recorder = recorders[method] as Recorder<MethodName> | undefined;
  return recorder ? recorder(input as never, output as never) : null;
}
