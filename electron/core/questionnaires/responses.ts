import type { QuestionnaireResponse } from '../../../shared/contract/questionnaires';
import type { Session } from '../../../shared/contract/sessions';
import { AppError } from '../../../shared/errors';
import type { QuestionnaireDefinition } from '../../../shared/questionnaires/definition';
import type { Answers, QuestionnaireScores } from '../../../shared/questionnaires/scores';
import type { Db } from '../db/open';
import { questionnaireFits } from '../../../shared/questionnaires/fit';
import { getSession } from '../sessions/repository';
import { touchTrajectory, trajectoryRow } from '../trajectories/repository';
import { completeAnswers, type GivenAnswer } from './answers';
import { scoreQuestionnaire } from './scoring';

interface ResponseRow {
  id: number;
  trajectory_id: number;
  session_id: number | null;
  form_id: string | null;
  round_id: string | null;
  participant_id: number;
  questionnaire_key: string;
  questionnaire_version: number;
  starts_at: string;
  answers: string;
  scores: string;
  created_at: string;
  updated_at: string;
}

// An answer from a sealed form has no session: it counts at the moment it was given.
const select = `SELECT r.id, r.trajectory_id, r.session_id, r.form_id, f.round_id, r.participant_id, r.questionnaire_key,
    r.questionnaire_version, coalesce(s.starts_at, r.answered_at) AS starts_at, r.answers, r.scores, r.created_at, r.updated_at
  FROM questionnaire_response r LEFT JOIN session s ON s.id = r.session_id LEFT JOIN sealed_form f ON f.id = r.form_id`;
const order = 'ORDER BY coalesce(s.starts_at, r.answered_at), r.session_id, r.id';

function toResponse(row: ResponseRow): QuestionnaireResponse {
  return {
    id: row.id,
    trajectoryId: row.trajectory_id,
    sessionId: row.session_id,
    form: row.form_id !== null && row.round_id !== null ? { id: row.form_id, roundId: row.round_id } : null,
    participantId: row.participant_id,
    key: row.questionnaire_key,
    version: row.questionnaire_version,
    startsAt: row.starts_at,
    answers: JSON.parse(row.answers) as Answers,
    scores: JSON.parse(row.scores) as QuestionnaireScores,
    groupOnly: false,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function getResponse(db: Db, id: number): QuestionnaireResponse {
  const row = db.prepare(`${select} WHERE r.id = ?`).get(id) as ResponseRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', 'No questionnaire response with this id.', 'id');
  return toResponse(row);
}

/**
 * Every response in a trajectory, oldest session first, each with its session and respondent.
 * Unfiltered: whoever shows these to anyone but the practitioner filters them through the
 * audience rules first (a response in an individual session belongs to that respondent).
 */
export function responsesForTrajectory(db: Db, trajectoryId: number): QuestionnaireResponse[] {
  return (db.prepare(`${select} WHERE r.trajectory_id = ? ${order}`).all(trajectoryId) as ResponseRow[]).map(toResponse);
}

export function listResponses(
  db: Db,
  q: { trajectoryId: number; participantId?: number; key?: string },
): QuestionnaireResponse[] {
  trajectoryRow(db, q.trajectoryId, 'trajectoryId');
  return (
    db
      .prepare(
        `${select} WHERE r.trajectory_id = @trajectoryId
           AND (@participantId IS NULL OR r.participant_id = @participantId)
           AND (@key IS NULL OR r.questionnaire_key = @key) ${order}`,
      )
      .all({ trajectoryId: q.trajectoryId, participantId: q.participantId ?? null, key: q.key ?? null }) as ResponseRow[]
  ).map(toResponse);
}

export interface NewResponse {
  sessionId: number;
  participantId: number;
  definition: QuestionnaireDefinition;
  answers: readonly GivenAnswer[];
}

/** The session a participant answers in: one they attend, not cancelled or missed. */
export function sessionToAnswerIn(db: Db, sessionId: number, participantId: number): Session {
  const session = getSession(db, sessionId, 'sessionId');
  if (session.status === 'cancelled' || session.status === 'no_show') {
    throw new AppError('CONFLICT', 'Nobody answers in a cancelled or missed session.', 'sessionId', 'session_not_held');
  }
  if (!session.attendeeIds.includes(participantId)) {
    throw new AppError('INVALID_INPUT', 'Only an attendee of the session can answer in it.', 'participantId', 'not_an_attendee');
  }
  return session;
}

/** Score and store a respondent's answers; answering the same questionnaire again in a session replaces them. */
export function saveResponse(db: Db, r: NewResponse, now: string): QuestionnaireResponse {
  const session = sessionToAnswerIn(db, r.sessionId, r.participantId);
  if (!questionnaireFits(r.definition.key, trajectoryRow(db, session.trajectoryId).kind)) {
    throw new AppError('CONFLICT', 'This questionnaire does not fit this kind of trajectory.', 'key', 'questionnaire_does_not_fit');
  }
  const answers = completeAnswers(r.definition, r.answers);
  const scores = scoreQuestionnaire(r.definition, answers);
  db.prepare(
    `INSERT INTO questionnaire_response (trajectory_id, session_id, participant_id, questionnaire_key, questionnaire_version,
       answers, scores, created_at, updated_at)
     VALUES (@trajectoryId, @sessionId, @participantId, @key, @version, @answers, @scores, @now, @now)
     ON CONFLICT (session_id, participant_id, questionnaire_key) DO UPDATE SET
       questionnaire_version = excluded.questionnaire_version, answers = excluded.answers, scores = excluded.scores,
       updated_at = excluded.updated_at`,
  ).run({
    trajectoryId: session.trajectoryId,
    sessionId: r.sessionId,
    participantId: r.participantId,
    key: r.definition.key,
    version: r.definition.version,
    answers: JSON.stringify(answers),
    scores: JSON.stringify(scores),
    now,
  });
  touchTrajectory(db, session.trajectoryId, now);
  const { id } = db
    .prepare(`SELECT id FROM questionnaire_response WHERE session_id = ? AND participant_id = ? AND questionnaire_key = ?`)
    .get(r.sessionId, r.participantId, r.definition.key) as { id: number };
  return getResponse(db, id);
}

export function removeResponse(db: Db, id: number, now: string): void {
  const response = getResponse(db, id);
  db.prepare(`DELETE FROM questionnaire_response WHERE id = ?`).run(id);
  touchTrajectory(db, response.trajectoryId, now);
}

export interface FormResponse {
  trajectoryId: number;
  participantId: number;
  /** null: answered on this device in client mode, outside a session. */
  formId: string | null;
  /** Local 'YYYY-MM-DDTHH:mm' when the answers were stored. */
  answeredAt: string;
  definition: QuestionnaireDefinition;
  answers: readonly GivenAnswer[];
}

/** Score and store answers given outside a session: in a sealed form (one response per form) or in client mode. */
export function saveFormResponse(db: Db, r: FormResponse, now: string): QuestionnaireResponse {
  const answers = completeAnswers(r.definition, r.answers);
  const scores = scoreQuestionnaire(r.definition, answers);
  const { lastInsertRowid } = db
    .prepare(
      `INSERT INTO questionnaire_response (trajectory_id, session_id, participant_id, questionnaire_key, questionnaire_version,
         answers, scores, answered_at, form_id, created_at, updated_at)
       VALUES (@trajectoryId, NULL, @participantId, @key, @version, @answers, @scores, @answeredAt, @formId, @now, @now)`,
    )
    .run({
      trajectoryId: r.trajectoryId,
      participantId: r.participantId,
      key: r.definition.key,
      version: r.definition.version,
      answers: JSON.stringify(answers),
      scores: JSON.stringify(scores),
      answeredAt: r.answeredAt,
      formId: r.formId,
      now,
    });
  touchTrajectory(db, r.trajectoryId, now);
  return getResponse(db, Number(lastInsertRowid));
}
