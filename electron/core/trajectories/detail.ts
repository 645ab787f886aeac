import type { TrajectoryDetail } from '../../../shared/contract';
import { keptRateOverview } from '../agreements/keptRate';
import { dueRows, type LocalNow } from '../agreements/overdue';
import { agreementsOf } from '../agreements/repository';
import { reviewFacts } from '../agreements/facts';
import type { Db } from '../db/open';
import { ratingsOfTrajectory, withSeries } from '../goals/ratings';
import { goalsOf } from '../goals/repository';
import { repairPlansOf } from '../repairPlans/repository';
import { sessionsOfTrajectory } from '../sessions/repository';
import { trajectoryPlanning } from './checkIn';
import { checkInsOf } from './checkInQuestionnaires';
import { getTrajectory } from './repository';

/** Everything the trajectory page loads, in one read (the practitioner's view: nothing filtered). */
export function trajectoryDetail(db: Db, id: number, at: LocalNow): TrajectoryDetail {
  const trajectory = getTrajectory(db, id);
  const sessions = sessionsOfTrajectory(db, id);
  const ratings = ratingsOfTrajectory(db, id);
  const agreements = agreementsOf(db, id);
  const [planning] = trajectoryPlanning(db, at, { trajectoryId: id });
  return {
    trajectory,
    sessions,
    goals: goalsOf(db, id).map((goal) => withSeries(goal, ratings)),
    agreements,
    keptRate: keptRateOverview(reviewFacts(agreements, sessions)),
    overdueAgreementIds: dueRows(db, at, { trajectoryId: id }).map((row) => row.id),
    repairPlans: repairPlansOf(db, id),
    nextSessionId: planning?.nextPlanned?.sessionId ?? null,
    checkIn: planning?.checkIn ? { dueOn: planning.checkIn.dueOn, overdue: planning.checkIn.overdue } : null,
    questionnaireCheckIns: checkInsOf(db, id, at),
  };
}
