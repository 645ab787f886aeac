import { AppError } from '../../../shared/errors';
import { answerableByClient, questionnaireFits } from '../../../shared/questionnaires/fit';
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
import { trajectoryRow } from '../trajectories/repository';
import { anonymityThreshold, setAnonymityThreshold } from './anonymity';
import { groupFiguresFor, groupOnlyTest, responsesForScreens } from './audience';
import { buildScoreSeries } from './series';

export const questionnaireHandlers: HandlersFor<'questionnaires'> = {
  'questionnaires.list': ({ language, archived, trajectoryId, forClient }, { vault }) => {
    const db = vault.db();
    const kind = trajectoryId === undefined ? undefined : trajectoryRow(db, trajectoryId, 'trajectoryId').kind;
    return listQuestionnaires(db, { language: language ?? readPractice(db).language, archived })
      .filter((q) => (kind === undefined || questionnaireFits(q.key, kind)) && (!forClient || answerableByClient(q)));
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
      const saved = saveResponse(db, { ...response, definition: stored.definition }, clock.now().toISOString());
      return responsesForScreens(db, saved.trajectoryId)(saved);
    })();
  },
  'questionnaires.responses': (input, { vault }) => {
    const db = vault.db();
    return listResponses(db, input).map(responsesForScreens(db, input.trajectoryId));
  },
  'questionnaires.removeResponse': ({ id }, { vault, clock }) => {
    const db = vault.db();
    db.transaction(() => removeResponse(db, id, clock.now().toISOString()))();
    return { removed: true as const };
  },
  'questionnaires.scoreSeries': ({ trajectoryId, participantId }, { vault }) => {
    const db = vault.db();
    const groupOnly = groupOnlyTest(db, trajectoryId);
    const own = listResponses(db, { trajectoryId, ...(participantId ? { participantId } : {}) }).filter((r) => !groupOnly(r));
    return buildScoreSeries(trajectoryId, own, definitionLookup(db));
  },
  'questionnaires.groupFigures': ({ trajectoryId }, { vault }) => {
    const db = vault.db();
    trajectoryRow(db, trajectoryId, 'trajectoryId');
    return groupFiguresFor(db, trajectoryId);
  },
  'questionnaires.anonymity': (_input, { vault }) => ({ threshold: anonymityThreshold(vault.db()) }),
  'questionnaires.setAnonymity': ({ threshold }, { vault }) => ({ threshold: setAnonymityThreshold(vault.db(), threshold) }),
};
