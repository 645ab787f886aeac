import type { QuestionnaireResponse, ScoreSeries } from '../../../shared/contract/questionnaires';
import type { Audience } from '../../../shared/domain/audience';
import type { TrajectoryKind } from '../../../shared/domain/trajectory';
import { canSee } from '../audience/policy';
import type { Db } from '../db/open';
import { sessionsOfTrajectory } from '../sessions/repository';
import { definitionLookup } from './definitions';
import { responsesForTrajectory } from './responses';
import { buildScoreSeries } from './series';

/**
 * The responses an audience may see. A response is a participant's own answer in a session, so
 * it follows the rule for ratings: another participant's individual session stays hidden, and a
 * participant audience sees only their own answers.
 */
export function responsesVisibleTo(db: Db, trajectoryId: number, audience: Audience): QuestionnaireResponse[] {
  const individualFor = new Map(sessionsOfTrajectory(db, trajectoryId).map((s) => [s.id, s.individualFor]));
  const trajectoryKind = db.prepare('SELECT kind FROM trajectory WHERE id = ?').pluck().get(trajectoryId) as TrajectoryKind;
  const definition = definitionLookup(db);
  return responsesForTrajectory(db, trajectoryId).filter((r) => {
    const owner = individualFor.get(r.sessionId);
    // A session that cannot be found is not shown: when in doubt, keep it private.
    if (owner === undefined) return false;
    const personal = definition(r.key, r.version).sharing === 'personal';
    return canSee(audience, { kind: 'questionnaireResponse', participantId: r.participantId, sessionIndividualFor: owner, personal, trajectoryKind });
  });
}

/** Score series for a report or export: built only from what the audience may see. */
export function scoreSeriesFor(db: Db, trajectoryId: number, audience: Audience): ScoreSeries {
  return buildScoreSeries(trajectoryId, responsesVisibleTo(db, trajectoryId, audience), definitionLookup(db));
}
