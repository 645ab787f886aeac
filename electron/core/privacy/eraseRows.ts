import type { Db } from '../db/open';

/**
 * Remove one client and everything that is theirs alone. A trajectory in which nobody else takes
 * part goes whole. From a couple or team trajectory that stays for the others, this client's own
 * part goes: their individual sessions (with notes, agreements and ratings), their attendance,
 * ratings and questionnaire answers, the agreements they own, the reports made for them, and
 * their name on the record of joint reports. Joint notes stay: they are the others' record too.
 * Returns false when the client was not there.
 */
export function eraseClientRows(db: Db, clientId: number): boolean {
  const client = db.prepare('SELECT first_name, last_name, preferred_name FROM client WHERE id = ?').get(clientId) as
    | { first_name: string; last_name: string; preferred_name: string }
    | undefined;
  if (!client) return false;
  const places = db.prepare('SELECT id, trajectory_id FROM participant WHERE client_id = ?').all(clientId) as { id: number; trajectory_id: number }[];
  for (const { id: participantId, trajectory_id: trajectoryId } of places) {
    const others = db.prepare('SELECT count(*) FROM participant WHERE trajectory_id = ? AND client_id != ?').pluck().get(trajectoryId, clientId) as number;
    if (others === 0) {
      db.prepare('DELETE FROM trajectory WHERE id = ?').run(trajectoryId);
      continue;
    }
    db.prepare(
      `DELETE FROM session WHERE id IN (
         SELECT a.session_id FROM session_attendee a WHERE a.participant_id = ?
           AND NOT EXISTS (SELECT 1 FROM session_attendee b WHERE b.session_id = a.session_id AND b.participant_id != a.participant_id))`,
    ).run(participantId);
    db.prepare(
      `DELETE FROM report_export WHERE trajectory_id = ?
         AND json_extract(audience, '$.kind') = 'participant' AND json_extract(audience, '$.participantId') = ?`,
    ).run(trajectoryId, participantId);
    const names = [`${client.first_name} ${client.last_name}`, `${client.preferred_name} ${client.last_name}`, client.first_name, client.preferred_name]
      .map((n) => n.trim())
      .filter((n) => n.length > 1);
    for (const name of names) {
      db.prepare(`UPDATE report_export SET audience_label = replace(audience_label, ?, '—') WHERE trajectory_id = ?`).run(name, trajectoryId);
    }
    db.prepare('DELETE FROM participant WHERE id = ?').run(participantId);
  }
  db.prepare('DELETE FROM client WHERE id = ?').run(clientId);
  return true;
}
