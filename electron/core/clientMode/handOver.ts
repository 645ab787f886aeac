import type { ParsedInputOf } from '../../../shared/contract';
import type { Language } from '../../../shared/contract/fields';
import { AppError } from '../../../shared/errors';
import { itemText } from '../../../shared/questionnaires/definition';
import { questionnaireFits } from '../../../shared/questionnaires/fit';
import type { Db } from '../db/open';
import { findQuestionnaire, practiceItemTexts } from '../questionnaires/definitions';
import { sessionToAnswerIn } from '../questionnaires/responses';
import { getTrajectory } from '../trajectories/repository';
import type { ClientMode } from './state';

/** The client's own language: the questionnaire speaks it, whatever the practice's screens speak. */
export function languageOfParticipant(db: Db, participantId: number): Language {
  const language = db
    .prepare(`SELECT c.language FROM participant p JOIN client c ON c.id = p.client_id WHERE p.id = ?`)
    .pluck()
    .get(participantId) as Language | undefined;
  return language ?? 'nl';
}

/**
 * Check everything before the device changes hands, so the client never meets a refusal meant for
 * the practitioner: a current participant, a session they attend (if one is named), and a
 * questionnaire that fits the trajectory, is in use and has its text in the client's language.
 */
export function clientModeFor(db: Db, input: ParsedInputOf<'clientMode.start'>): ClientMode {
  const trajectory = getTrajectory(db, input.trajectoryId, 'trajectoryId');
  const participant = trajectory.participants.find((p) => p.id === input.participantId && p.removedAt === null);
  if (!participant) throw new AppError('INVALID_INPUT', 'This participant does not take part in this trajectory.', 'participantId', 'not_a_participant');
  if (input.sessionId !== undefined) {
    const session = sessionToAnswerIn(db, input.sessionId, participant.id);
    if (session.trajectoryId !== trajectory.id) throw new AppError('INVALID_INPUT', 'This session belongs to another trajectory.', 'sessionId', 'other_trajectory');
  }
  const stored = findQuestionnaire(db, input.questionnaireKey);
  if (stored.archivedAt !== null) throw new AppError('CONFLICT', 'This questionnaire is archived; bring it back to use it again.', 'questionnaireKey', 'archived');
  if (!questionnaireFits(stored.definition.key, trajectory.kind)) {
    throw new AppError('CONFLICT', 'This questionnaire does not fit this kind of trajectory.', 'questionnaireKey', 'questionnaire_does_not_fit');
  }
  const language = languageOfParticipant(db, participant.id);
  const texts = stored.definition.textLicensed ? {} : practiceItemTexts(db, stored.definition.key);
  if (stored.definition.items.some((item) => itemText(item, texts, language) === '')) {
    throw new AppError('CONFLICT', 'A client cannot answer items without text; enter the item text first.', 'questionnaireKey', 'items_without_text');
  }
  return {
    trajectoryId: trajectory.id,
    participantId: participant.id,
    sessionId: input.sessionId ?? null,
    questionnaireKey: stored.definition.key,
    questionnaireVersion: stored.definition.version,
    responseId: null,
  };
}
