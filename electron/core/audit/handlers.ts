import type { AuditEntry, AuditEventName } from '../../../shared/contract/audit';
import type { HandlersFor } from '../context';

interface Row {
  id: number;
  at: string;
  event: AuditEventName;
  client_id: number | null;
  trajectory_id: number | null;
  session_id: number | null;
  practitioner: string;
  device: string;
  details: string;
}

const toEntry = (r: Row): AuditEntry => ({
  id: r.id,
  at: r.at,
  event: r.event,
  clientId: r.client_id,
  trajectoryId: r.trajectory_id,
  sessionId: r.session_id,
  practitioner: r.practitioner,
  device: r.device,
  details: JSON.parse(r.details) as AuditEntry['details'],
});

export const auditHandlers: HandlersFor<'audit'> = {
  'audit.list': (input, { vault }) => {
    const db = vault.db();
    const where: string[] = [];
    const params: unknown[] = [];
    if (input.clientId !== undefined) {
      // The client's own record, and the trajectories they take part in.
      where.push('(client_id = ? OR trajectory_id IN (SELECT trajectory_id FROM participant WHERE client_id = ?))');
      params.push(input.clientId, input.clientId);
    }
    if (input.event !== undefined) {
      where.push('event = ?');
      params.push(input.event);
    }
    const filter = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const total = db.prepare(`SELECT count(*) FROM audit_event ${filter}`).pluck().get(...params) as number;
    const rows = db
      .prepare(`SELECT id, at, event, client_id, trajectory_id, session_id, practitioner, device, details FROM audit_event ${filter} ORDER BY id DESC LIMIT ? OFFSET ?`)
      .all(...params, input.limit, input.offset) as Row[];
    return { items: rows.map(toEntry), total };
  },
  'audit.verify': (_input, { vault }) => vault.session().audit.verify(),
};
