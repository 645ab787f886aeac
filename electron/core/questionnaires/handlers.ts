import { AppError } from '../../../shared/errors';
import type { HandlersFor } from '../context';
import { readPractice } from '../practice/repository';
import {
  definitionLookup,
  findQuestionnaire,
  insertQuestionnaire,
  listQuestionnaires,
  questionnaireDetail,
  setPracticeItemTexts,
  setQuestionnaireArchived,
  updateQuestionnaire,
} from './definitions';
import { listResponses, removeResponse, saveResponse } from './responses';
import { buildScoreSeries } from './series';

export const questionnaireHandlers: HandlersFor<'questionnaires'> = {
  'questionnaires.list': ({ language, archived }, { vault }) => {
    const db = vault.db();
    return listQuestionnaires(db, { language: language ?? readPractice(db).language, archived });
  },
  'questionnaires.get': ({ key, version }, { vault }) => questionnaireDetail(vault.db(), key, version),
  'questionnaires.create': ({ definition, basedOn }, { vault, clock }) => {
    const db = vault.db();
    return db.transaction(() => questionnaireDetail(db, insertQuestionnaire(db, definition, basedOn, clock.now().toISOString())))();
  },
  'questionnaires.update': ({ key, definition }, { vault, clock }) => {
    const db = vault.db();
    return db.transaction(() => {
      updateQuestionnaire(db, key, definition, clock.now().toISOString());
      return questionnaireDetail(db, key);
    })();
  },
  'questionnaires.archive': ({ key, archived }, { vault, clock }) => {
    const db = vault.db();
    return db.transaction(() => {
      setQuestionnaireArchived(db, key, archived, clock.now().toISOString());
      return questionnaireDetail(db, key);
    })();
  },
  'questionnaires.setItemTexts': ({ key, texts }, { vault, clock }) => {
    const db = vault.db();
    return db.transaction(() => {
      setPracticeItemTexts(db, key, texts, clock.now().toISOString());
      return questionnaireDetail(db, key);
    })();
  },
  'questionnaires.respond': ({ key, version, ...response }, { vault, clock }) => {
    const db = vault.db();
    return db.transaction(() => {
      const stored = findQuestionnaire(db, key, version);
      if (stored.archivedAt !== null) {
        throw new AppError('CONFLICT', 'This questionnaire is archived; bring it back to use it again.', 'key', 'archived');
      }
      return saveResponse(db, { ...response, definition: stored.definition }, clock.now().toISOString());
    })();
  },
  'questionnaires.responses': (input, { vault }) => listResponses(vault.db(), input),
  'questionnaires.removeResponse': ({ id }, { vault, clock }) => {
    const db = vault.db();
    db.transaction(() => removeResponse(db, id, clock.now().toISOString()))();
    return { removed: true as const };
  },
  'questionnaires.scoreSeries': ({ trajectoryId, participantId }, { vault }) => {
    const db = vault.db();
    return buildScoreSeries(trajectoryId, listResponses(db, { trajectoryId, participantId }), definitionLookup(db));
  },
};
