import type { AgreementSelfReport, ImportedAnswers } from '../../../shared/contract/forms';
import { AppError } from '../../../shared/errors';
import type { Db } from '../db/open';
import { findQuestionnaire } from '../questionnaires/definitions';
import { responsesForScreens } from '../questionnaires/audience';
import { saveFormResponse } from '../questionnaires/responses';
import { openAnswerFile, parseAnswerFile, type AnswerPayload } from './answerFile';
import { existingFormKey } from './formKey';
import { findForm, type FormRow } from './sealedForms';

/** Answers that do not fit the form's questionnaire did not come from that form. */
function storeAnswers(...args: Parameters<typeof saveFormResponse>) {
  try {
    return saveFormResponse(...args);
  } catch (error) {
    if (error instanceof AppError && error.code === 'INVALID_INPUT') {
      throw refuse('INVALID_INPUT', 'The answers in this file do not fit its form.', 'answer_file_damaged');
    }
    throw error;
  }
}

/** An instant as local 'YYYY-MM-DDTHH:mm', the way answers outside a session are dated. */
export function localMinute(instant: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${instant.getFullYear()}-${pad(instant.getMonth() + 1)}-${pad(instant.getDate())}T${pad(instant.getHours())}:${pad(instant.getMinutes())}`;
}

export const refuse = (code: 'INVALID_INPUT' | 'CONFLICT', message: string, reason: string) => new AppError(code, message, 'content', reason);

export function checkForm(form: FormRow | undefined, now: Date): FormRow {
  if (!form) throw refuse('INVALID_INPUT', 'This answer file belongs to a form this vault does not know.', 'form_unknown');
  if (form.imported_at !== null) throw refuse('CONFLICT', 'The answers of this form were imported before.', 'already_imported');
  if (Date.parse(form.expires_at) < now.getTime()) throw refuse('CONFLICT', 'This form had expired when its answers came in.', 'form_expired');
  return form;
}

/**
 * The checks every answer file gets before anything is stored (this vault's key, a form it made,
 * not imported before, not expired), then its answers decrypted. Whoever stores them checks the
 * form again inside their transaction.
 */
export async function openSealedAnswers(db: Db, content: string, now: Date): Promise<{ form: FormRow; payload: AnswerPayload }> {
  const file = parseAnswerFile(content);
  const key = await existingFormKey(db);
  if (!key || key.keyId !== file.vault) {
    throw refuse('INVALID_INPUT', 'This answer file was made for another vault.', 'other_vault');
  }
  const form = checkForm(findForm(db, file.formId), now);
  return { form, payload: await openAnswerFile(file, key.privateKey) };
}

/**
 * Check an answer file (this vault's key, a form it made, not imported before, not expired),
 * decrypt it, and store the response, the self-reported outcomes and the form's state in one
 * transaction. Any refusal changes nothing. A 360 rater's answer file is read in by feedback360.
 */
export async function importAnswers(db: Db, content: string, now: Date): Promise<ImportedAnswers> {
  const { form: checked, payload } = await openSealedAnswers(db, content, now);
  if (checked.feedback360_rater_id !== null) {
    throw refuse('CONFLICT', 'This answer file belongs to a 360 round; read it in there.', 'feedback360_answer_file');
  }
  return db.transaction(() => {
    // Checked again inside the transaction: the same file dropped twice at once is stored once.
    const form = checkForm(findForm(db, checked.id), now);
    const allowed = new Set(JSON.parse(form.agreement_ids) as number[]);
    const reports = payload.agreements.filter((a) => allowed.has(a.agreementId));
    if (reports.length !== payload.agreements.length) {
      throw refuse('INVALID_INPUT', 'The answer file names an agreement that was not in its form.', 'answer_file_damaged');
    }
    const nowText = now.toISOString();
    const latest = localMinute(now);
    const response = storeAnswers(
      db,
      {
        trajectoryId: form.trajectory_id,
        participantId: form.participant_id,
        formId: form.id,
        // The client's own clock says when they answered; never later than now.
        answeredAt: payload.answeredAt < latest ? payload.answeredAt : latest,
        definition: findQuestionnaire(db, form.questionnaire_key, form.questionnaire_version).definition,
        answers: payload.answers,
      },
      nowText,
    );
    const insert = db.prepare(
      `INSERT INTO agreement_self_report (agreement_id, participant_id, form_id, outcome, reported_at) VALUES (?, ?, ?, ?, ?)`,
    );
    const selfReports: AgreementSelfReport[] = reports.map((r) => {
      insert.run(r.agreementId, form.participant_id, form.id, r.outcome, nowText);
      return { agreementId: r.agreementId, participantId: form.participant_id, outcome: r.outcome, reportedAt: nowText };
    });
    db.prepare(`UPDATE sealed_form SET imported_at = ?, reflection = ? WHERE id = ?`).run(nowText, payload.reflection, form.id);
    return {
      formId: form.id,
      trajectoryId: form.trajectory_id,
      participantId: form.participant_id,
      response: responsesForScreens(db, form.trajectory_id)(response),
      selfReports,
      reflection: payload.reflection,
    };
  })();
}

export function selfReportsOf(db: Db, trajectoryId: number): AgreementSelfReport[] {
  return (
    db
      .prepare(
        `SELECT r.agreement_id, r.participant_id, r.outcome, r.reported_at FROM agreement_self_report r
         JOIN sealed_form f ON f.id = r.form_id WHERE f.trajectory_id = ? ORDER BY r.reported_at DESC, r.id DESC`,
      )
      .all(trajectoryId) as { agreement_id: number; participant_id: number; outcome: AgreementSelfReport['outcome']; reported_at: string }[]
  ).map((r) => ({ agreementId: r.agreement_id, participantId: r.participant_id, outcome: r.outcome, reportedAt: r.reported_at }));
}
