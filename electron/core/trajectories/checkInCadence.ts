import type { CheckInPlan, OfferedCheckInQuestionnaire } from '../../../shared/contract/checkIns';
import type { ParsedInputOf } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import { questionnaireFits } from '../../../shared/questionnaires/fit';
import type { TrajectoryKind } from '../../../shared/domain/trajectory';
import type { LocalNow } from '../agreements/overdue';
import type { Db } from '../db/open';
import { findQuestionnaire, listQuestionnaires } from '../questionnaires/definitions';
import { checkInsOf, questionnaireFacts } from './checkInQuestionnaires';
import { touchTrajectory, trajectoryRow } from './repository';

/** The questionnaires that may be a check-in here: not archived and fitting the kind. */
function offeredFor(db: Db, kind: TrajectoryKind): OfferedCheckInQuestionnaire[] {
  const factsOf = questionnaireFacts(db);
  return listQuestionnaires(db, { language: 'nl', archived: 'active' })
    .filter((q) => questionnaireFits(q.key, kind))
    .map((q) => ({ key: q.key, ...factsOf(q.key) }));
}

export function checkInPlan(db: Db, trajectoryId: number, at: LocalNow): CheckInPlan {
  const trajectory = trajectoryRow(db, trajectoryId, 'trajectoryId');
  return { trajectoryId, questionnaires: checkInsOf(db, trajectoryId, at), offered: offeredFor(db, trajectory.kind) };
}

/** Replace a trajectory's check-in questionnaires; each must be one that is offered there. */
export function setCheckInPlan(db: Db, input: ParsedInputOf<'checkIns.set'>, now: string): void {
  const trajectory = trajectoryRow(db, input.trajectoryId, 'trajectoryId');
  const offered = new Set(offeredFor(db, trajectory.kind).map((q) => q.key));
  input.questionnaires.forEach((c, i) => {
    if (offered.has(c.questionnaireKey)) return;
    const field = `questionnaires.${i}.questionnaireKey`;
    let stored;
    try {
      stored = findQuestionnaire(db, c.questionnaireKey);
    } catch {
      throw new AppError('NOT_FOUND', 'No questionnaire with this key.', field);
    }
    if (stored.archivedAt !== null) throw new AppError('CONFLICT', 'This questionnaire is archived.', field, 'archived');
    throw new AppError('CONFLICT', 'This questionnaire does not fit this kind of trajectory.', field, 'questionnaire_does_not_fit');
  });
  const keep = JSON.stringify(input.questionnaires.map((c) => c.questionnaireKey));
  db.prepare(`DELETE FROM check_in_questionnaire WHERE trajectory_id = ? AND questionnaire_key NOT IN (SELECT value FROM json_each(?))`).run(
    trajectory.id,
    keep,
  );
  const upsert = db.prepare(
    `INSERT INTO check_in_questionnaire (trajectory_id, questionnaire_key, every, weeks, created_at, updated_at)
     VALUES (@trajectoryId, @key, @every, @weeks, @now, @now)
     ON CONFLICT (trajectory_id, questionnaire_key) DO UPDATE SET every = excluded.every, weeks = excluded.weeks,
       updated_at = excluded.updated_at WHERE every IS NOT excluded.every OR weeks IS NOT excluded.weeks`,
  );
  for (const c of input.questionnaires) {
    upsert.run({ trajectoryId: trajectory.id, key: c.questionnaireKey, every: c.every, weeks: c.weeks, now });
  }
  touchTrajectory(db, trajectory.id, now);
}
