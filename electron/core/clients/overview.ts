import type { Agreement, ClientOverview, ClientSession } from '../../../shared/contract';
import type { ParticipantRole, TrajectoryKind, TrajectoryStatus } from '../../../shared/domain/trajectory';
import { agreementsOf } from '../agreements/repository';
import { canSee } from '../audience/policy';
import type { Db } from '../db/open';
import { responsesVisibleTo } from '../questionnaires/audience';
import { sessionsOfTrajectory } from '../sessions/repository';
import { clientStatus, getClient } from './repository';

const nextLimit = 10;
const pastLimit = 20;

interface PlaceRow {
  participant_id: number;
  role: ParticipantRole;
  removed_at: string | null;
  trajectory_id: number;
  kind: TrajectoryKind;
  title: string;
  status: TrajectoryStatus;
}

const statusOrder: Record<TrajectoryStatus, number> = { active: 0, intake: 1, paused: 2, closed: 3 };

/**
 * A client whole. In each trajectory they take part in, they are seen as their own audience sees
 * them (canSee): joint sessions and their own individual ones, agreements that are theirs, shared or
 * the practitioner's, and their own questionnaire answers; never a partner's individual items.
 */
export function clientOverview(db: Db, clientId: number, now: string): ClientOverview {
  const client = getClient(db, clientId);
  const places = db
    .prepare(
      `SELECT p.id AS participant_id, p.role, p.removed_at, t.id AS trajectory_id, t.kind, t.title, t.status
       FROM participant p JOIN trajectory t ON t.id = p.trajectory_id WHERE p.client_id = ? ORDER BY t.updated_at DESC, t.id DESC`,
    )
    .all(clientId) as PlaceRow[];
  const sessions: ClientSession[] = [];
  const openAgreements: Agreement[] = [];
  const latestScores: ClientOverview['latestScores'] = [];
  for (const place of places) {
    const audience = { kind: 'participant' as const, participantId: place.participant_id };
    const own = sessionsOfTrajectory(db, place.trajectory_id).filter((s) => canSee(audience, { kind: 'session', individualFor: s.individualFor }));
    const individualFor = new Map(own.map((s) => [s.id, s.individualFor]));
    sessions.push(
      ...own.map((s) => ({
        id: s.id,
        trajectoryId: s.trajectoryId,
        trajectoryTitle: place.title,
        startsAt: s.startsAt,
        durationMinutes: s.durationMinutes,
        kind: s.kind,
        status: s.status,
        startedAt: s.startedAt,
      })),
    );
    openAgreements.push(
      ...agreementsOf(db, place.trajectory_id, 'open').filter((a) => {
        const madeIn = individualFor.get(a.madeInSessionId);
        return madeIn !== undefined && canSee(audience, { kind: 'agreement', owner: a.owner, madeInIndividualFor: madeIn });
      }),
    );
    const latest = new Map<string, ClientOverview['latestScores'][number]>();
    for (const r of responsesVisibleTo(db, place.trajectory_id, audience)) {
      if (r.participantId !== place.participant_id || r.groupOnly) continue;
      const seen = latest.get(r.key);
      if (!seen || r.startsAt >= seen.startsAt) {
        latest.set(r.key, { trajectoryId: place.trajectory_id, responseId: r.id, key: r.key, version: r.version, startsAt: r.startsAt, scores: r.scores });
      }
    }
    latestScores.push(...latest.values());
  }
  const isNext = (s: ClientSession) => s.status === 'planned' && s.startsAt >= now;
  const best = [...places].filter((p) => p.removed_at === null).sort((a, b) => statusOrder[a.status] - statusOrder[b.status])[0];
  return {
    client,
    archived: client.archivedAt !== null,
    status: clientStatus(client.archivedAt, best?.status ?? null),
    trajectories: places.map((p) => ({
      trajectory: { id: p.trajectory_id, kind: p.kind, title: p.title, status: p.status },
      participantId: p.participant_id,
      role: p.role,
      removed: p.removed_at !== null,
    })),
    nextSessions: sessions.filter(isNext).sort((a, b) => a.startsAt.localeCompare(b.startsAt)).slice(0, nextLimit),
    pastSessions: sessions.filter((s) => !isNext(s)).sort((a, b) => b.startsAt.localeCompare(a.startsAt)).slice(0, pastLimit),
    openAgreements,
    latestScores,
  };
}
