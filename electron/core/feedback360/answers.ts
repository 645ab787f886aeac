import type { ImportedFeedback360Answers, RaterRole } from '../../../shared/contract/feedback360';
import { AppError } from '../../../shared/errors';
import type { Answers, QuestionnaireScores } from '../../../shared/questionnaires/scores';
import type { Db } from '../db/open';
import { checkForm, localMinute, openSealedAnswers, refuse } from '../forms/importAnswers';
import { findForm } from '../forms/sealedForms';
import { completeAnswers } from '../questionnaires/answers';
import { findQuestionnaire } from '../questionnaires/definitions';
import { scoreQuestionnaire } from '../questionnaires/scoring';
import { touchTrajectory } from '../trajectories/repository';

/** Answers that do not fit the form's questionnaire did not come from that form. */
function checkedAnswers(...args: Parameters<typeof completeAnswers>): Answers {
  try {
    return completeAnswers(...args);
  } catch (error) {
    if (error instanceof AppError && error.code === 'INVALID_INPUT') throw refuse('INVALID_INPUT', 'The answers in this file do not fit its form.', 'answer_file_damaged');
    throw error;
  }
}

/**
 * Read in a 360 rater's answer file: the sealed-form checks (this vault, a known form, not
 * imported before, not expired), then, in one transaction, that the round is still open and the
 * rater has not answered through another form, and store the answers with their scores.
 * Any refusal changes nothing.
 */
export async function importRaterAnswers(db: Db, content: string, now: Date): Promise<ImportedFeedback360Answers> {
  const { form: checked, payload } = await openSealedAnswers(db, content, now);
  if (checked.feedback360_rater_id === null) {
    throw refuse('CONFLICT', 'This answer file belongs to a questionnaire of the trajectory, not to a 360 round.', 'not_feedback360_answer_file');
  }
  return db.transaction(() => {
    const form = checkForm(findForm(db, checked.id), now);
    const rater = db
      .prepare(
        `SELECT r.id, r.role, r.round_id, o.closed_at, o.trajectory_id, o.questionnaire_key, o.questionnaire_version FROM feedback360_rater r
         JOIN feedback360_round o ON o.id = r.round_id WHERE r.id = ?`,
      )
      .get(form.feedback360_rater_id) as
      | { id: number; role: RaterRole; round_id: number; closed_at: string | null; trajectory_id: number; questionnaire_key: string; questionnaire_version: number }
      | undefined;
    if (!rater) throw refuse('INVALID_INPUT', 'This answer file belongs to a form this vault does not know.', 'form_unknown');
    if (rater.closed_at !== null) throw refuse('CONFLICT', 'This 360 round was closed before these answers came in.', 'round_closed');
    if (db.prepare(`SELECT 1 FROM feedback360_answer WHERE rater_id = ?`).get(rater.id)) {
      throw refuse('CONFLICT', 'This rater has answered already, through another form.', 'rater_answered');
    }
    // A rater's form has no agreements and no free text: a file with them did not come from it.
    if (payload.agreements.length > 0 || payload.reflection !== '') throw refuse('INVALID_INPUT', 'The answers in this file do not fit its form.', 'answer_file_damaged');
    const definition = findQuestionnaire(db, rater.questionnaire_key, rater.questionnaire_version).definition;
    const answers = checkedAnswers(definition, payload.answers);
    const scores: QuestionnaireScores = scoreQuestionnaire(definition, answers);
    const nowText = now.toISOString();
    const latest = localMinute(now);
    db.prepare(`INSERT INTO feedback360_answer (rater_id, answers, scores, answered_at, created_at) VALUES (?, ?, ?, ?, ?)`).run(
      rater.id,
      JSON.stringify(answers),
      JSON.stringify(scores),
      payload.answeredAt < latest ? payload.answeredAt : latest,
      nowText,
    );
    db.prepare(`UPDATE sealed_form SET imported_at = ? WHERE id = ?`).run(nowText, form.id);
    touchTrajectory(db, rater.trajectory_id, nowText);
    return { formId: form.id, roundId: rater.round_id, raterId: rater.id, role: rater.role };
  })();
}
