import type { GroupFigures } from '../../../shared/contract/groupFigures';
import type { QuestionnaireResponse, ScoreSeries } from '../../../shared/contract/questionnaires';
import type { Audience } from '../../../shared/domain/audience';
import type { TrajectoryKind } from '../../../shared/domain/trajectory';
import { isNpsItem } from '../../../shared/questionnaires/nps';
import { answeredAsGroup, canSee } from '../audience/policy';
import type { Db } from '../db/open';
import { sessionsOfTrajectory } from '../sessions/repository';
import { anonymityThreshold } from './anonymity';
import { definitionLookup } from './definitions';
import { buildGroupFigures } from './groupFigures';
import { buildNpsSeries } from './npsFigures';
import { responsesForTrajectory } from './responses';
import { buildScoreSeries } from './series';

function trajectoryKindOf(db: Db, trajectoryId: number): TrajectoryKind {
  return db.prepare('SELECT kind FROM trajectory WHERE id = ?').pluck().get(trajectoryId) as TrajectoryKind;
}

/** Whether a response is one of a team's anonymous answers (shown as group figures only). */
export function groupOnlyTest(db: Db, trajectoryId: number): (r: Pick<QuestionnaireResponse, 'key' | 'version'>) => boolean {
  const kind = trajectoryKindOf(db, trajectoryId);
  const definition = definitionLookup(db);
  return (r) => answeredAsGroup(kind, definition(r.key, r.version).sharing === 'personal');
}

/**
 * The responses an audience may see. A response is a participant's own answer in a session, so
 * it follows the rule for ratings: another participant's individual session stays hidden, and a
 * participant audience sees only their own answers. A team's anonymous answers are never here.
 */
export function responsesVisibleTo(db: Db, trajectoryId: number, audience: Audience): QuestionnaireResponse[] {
  return responseVisibility(db, trajectoryId)(audience);
}

/** The trajectory's responses read once; the returned function cuts out what one audience may see. */
function responseVisibility(db: Db, trajectoryId: number): (audience: Audience) => QuestionnaireResponse[] {
  const individualFor = new Map(sessionsOfTrajectory(db, trajectoryId).map((s) => [s.id, s.individualFor]));
  const trajectoryKind = trajectoryKindOf(db, trajectoryId);
  const definition = definitionLookup(db);
  const responses = responsesForTrajectory(db, trajectoryId);
  return (audience) =>
    responses.filter((r) => {
      // An answer from a sealed form was given outside any session: it counts as a joint one.
      const owner = r.sessionId === null ? null : individualFor.get(r.sessionId);
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

/** The score series of several audiences of one trajectory, from one read of its responses. */
export function scoreSeriesForEach(db: Db, trajectoryId: number, audiences: readonly Audience[]): ScoreSeries[] {
  const visibleTo = responseVisibility(db, trajectoryId);
  const definition = definitionLookup(db);
  return audiences.map((audience) => buildScoreSeries(trajectoryId, visibleTo(audience), definition));
}

/**
 * Group figures of a team's anonymous questionnaires, for every screen and report alike: rounds
 * with fewer answers than the threshold carry no figures, and no figure names anyone.
 */
export function groupFiguresFor(db: Db, trajectoryId: number): GroupFigures {
  const groupOnly = groupOnlyTest(db, trajectoryId);
  const responses = responsesForTrajectory(db, trajectoryId);
  const definition = definitionLookup(db);
  const threshold = anonymityThreshold(db);
  return {
    ...buildGroupFigures(trajectoryId, responses.filter(groupOnly), definition, threshold),
    nps: buildNpsSeries(responses, definition, threshold),
  };
}

/**
 * A response as the practitioner's screens receive it: a team's anonymous answer says who
 * answered and when, without the answers or scores; anyone else's comes without their answers
 * to NPS items, which are shown only as a group's NPS.
 */
export function responsesForScreens(db: Db, trajectoryId: number): (response: QuestionnaireResponse) => QuestionnaireResponse {
  const groupOnly = groupOnlyTest(db, trajectoryId);
  const definition = definitionLookup(db);
  return (response) => {
    if (groupOnly(response)) {
      const hidden = { score: null, answered: 0, missing: 0, prorated: false, band: null };
      return { ...response, groupOnly: true, answers: {}, scores: { total: hidden, subscales: {} } };
    }
    const npsItems = new Set(definition(response.key, response.version).items.filter(isNpsItem).map((item) => item.id));
    if (npsItems.size === 0) return response;
    return { ...response, answers: Object.fromEntries(Object.entries(response.answers).filter(([itemId]) => !npsItems.has(itemId))) };
  };
}
