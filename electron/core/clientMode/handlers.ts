import type { ClientModeStatus } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import type { HandlersFor } from '../context';
import { localMinute } from '../forms/importAnswers';
import { readPractice } from '../practice/repository';
import { responsesForScreens } from '../questionnaires/audience';
import { findQuestionnaire, practiceItemTexts } from '../questionnaires/definitions';
import { getResponse, saveFormResponse, saveResponse } from '../questionnaires/responses';
import { getTrajectory } from '../trajectories/repository';
import { clientModeFor, languageOfParticipant } from './handOver';
import { confirmPassphrase } from './passphraseCheck';
import { beginClientMode, clientModeOf, endClientMode, requireClientMode, type ClientMode } from './state';

function statusOf(mode: ClientMode | null): ClientModeStatus {
  return { active: mode !== null, trajectoryId: mode?.trajectoryId ?? null, sessionId: mode?.sessionId ?? null };
}

export const clientModeHandlers: HandlersFor<'clientMode'> = {
  'clientMode.start': (input, { vault }) => {
    const mode = clientModeFor(vault.db(), input);
    beginClientMode(vault, mode);
    vault.record({
      event: 'client_mode_started',
      trajectoryId: mode.trajectoryId,
      sessionId: mode.sessionId,
      details: { participantId: mode.participantId, questionnaire: mode.questionnaireKey },
    });
    return statusOf(mode);
  },
  'clientMode.status': (_input, { vault }) => statusOf(clientModeOf(vault)),
  'clientMode.questionnaire': (_input, { vault }) => {
    const mode = requireClientMode(vault);
    const db = vault.db();
    const { definition } = findQuestionnaire(db, mode.questionnaireKey, mode.questionnaireVersion);
    const participant = getTrajectory(db, mode.trajectoryId).participants.find((p) => p.id === mode.participantId);
    return {
      firstName: participant ? participant.preferredName || participant.firstName : '',
      language: languageOfParticipant(db, mode.participantId),
      address: readPractice(db).clientAddress,
      definition,
      practiceItemTexts: definition.textLicensed ? {} : practiceItemTexts(db, definition.key),
      answered: mode.responseId !== null,
    };
  },
  'clientMode.submit': ({ answers }, { vault, clock }) => {
    const mode = requireClientMode(vault);
    if (mode.responseId !== null) throw new AppError('CONFLICT', 'These answers were stored already.', undefined, 'already_answered');
    const db = vault.db();
    const now = clock.now();
    const saved = db.transaction(() => {
      const { definition } = findQuestionnaire(db, mode.questionnaireKey, mode.questionnaireVersion);
      const given = { participantId: mode.participantId, definition, answers };
      return mode.sessionId !== null
        ? saveResponse(db, { ...given, sessionId: mode.sessionId }, now.toISOString())
        : saveFormResponse(db, { ...given, trajectoryId: mode.trajectoryId, formId: null, answeredAt: localMinute(now) }, now.toISOString());
    })();
    mode.responseId = saved.id;
    return { stored: true as const };
  },
  'clientMode.leave': async (input, { vault, clock }) => {
    const mode = requireClientMode(vault);
    await confirmPassphrase(vault, input, clock.now());
    endClientMode(vault);
    vault.record({
      event: 'client_mode_ended',
      trajectoryId: mode.trajectoryId,
      sessionId: mode.sessionId,
      details: { participantId: mode.participantId, answered: mode.responseId !== null },
    });
    const db = vault.db();
    const response = mode.responseId === null ? null : getResponse(db, mode.responseId);
    return {
      trajectoryId: mode.trajectoryId,
      sessionId: mode.sessionId,
      participantId: mode.participantId,
      response: response && responsesForScreens(db, mode.trajectoryId)(response),
    };
  },
};
