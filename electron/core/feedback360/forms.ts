import { randomBytes } from 'node:crypto';
import type { Feedback360FormFile, RaterRole } from '../../../shared/contract/feedback360';
import type { Language } from '../../../shared/contract/fields';
import { AppError } from '../../../shared/errors';
import { trust360Key, trust360SelfTexts } from '../../../shared/questionnaires/builtin/trust360';
import type { LocalizedText, QuestionnaireDefinition } from '../../../shared/questionnaires/definition';
import type { Db } from '../db/open';
import { formFileHtml } from '../forms/formFile';
import type { FormKey } from '../forms/formKey';
import { fileSafe } from '../forms/sealedForms';
import { readPractice } from '../practice/repository';
import { anonymityThreshold } from '../questionnaires/anonymity';
import { findQuestionnaire } from '../questionnaires/definitions';
import { getTrajectory } from '../trajectories/repository';
import { raterIntro } from './formWords';
import { openRoundRow } from './rounds';

/** First-person wording for the person themselves, per questionnaire that has one. */
const selfTexts: Record<string, Readonly<Record<string, LocalizedText>>> = { [trust360Key]: trust360SelfTexts };

/** The questionnaire as this rater reads it: in the first person for self. */
export function definitionFor(definition: QuestionnaireDefinition, role: RaterRole): QuestionnaireDefinition {
  const own = role === 'self' ? selfTexts[definition.key] : undefined;
  if (!own) return definition;
  return { ...definition, items: definition.items.map((item) => ({ ...item, text: own[item.id] ?? item.text })) };
}

interface RaterRow {
  id: number;
  label: string;
  role: RaterRole;
  language: Language;
  answered: number;
}

export interface NewRaterForms {
  roundId: number;
  raterIds?: number[] | undefined;
  validDays: number;
}

/** Make and record one form per rater; a rater may get a new form (a lost file) until they answered. */
export function createRaterForms(db: Db, key: FormKey, request: NewRaterForms, now: Date): Feedback360FormFile[] {
  const round = openRoundRow(db, request.roundId);
  const raters = db
    .prepare(
      `SELECT r.id, r.label, r.role, r.language, EXISTS (SELECT 1 FROM feedback360_answer a WHERE a.rater_id = r.id) AS answered
       FROM feedback360_rater r WHERE r.round_id = ? ORDER BY r.id`,
    )
    .all(round.id) as RaterRow[];
  const chosen = request.raterIds
    ? [...new Set(request.raterIds)].map((id, i) => {
        const rater = raters.find((r) => r.id === id);
        if (!rater) throw new AppError('INVALID_INPUT', 'This rater is not in this round.', `raterIds.${i}`, 'not_a_rater');
        if (rater.answered) throw new AppError('CONFLICT', 'This rater has answered already.', `raterIds.${i}`, 'rater_answered');
        return rater;
      })
    : raters.filter((r) => !r.answered);
  if (chosen.length === 0) throw new AppError('CONFLICT', 'Every rater of this round has answered, or it has no raters yet.', 'roundId', 'no_raters_waiting');

  const person = getTrajectory(db, round.trajectory_id).participants.find((p) => p.id === round.participant_id);
  if (!person) throw new AppError('NOT_FOUND', 'The person of this round is no longer in the trajectory.', 'roundId');
  const name = person.preferredName || person.firstName;
  const practice = readPractice(db);
  const practiceName = practice.name || practice.practitionerName;
  const definition = findQuestionnaire(db, round.questionnaire_key, round.questionnaire_version).definition;
  const threshold = anonymityThreshold(db);
  const createdAt = now.toISOString();
  const expiresAt = new Date(now.getTime() + request.validDays * 86_400_000).toISOString();
  const batch = randomBytes(8).toString('hex');
  const insert = db.prepare(
    `INSERT INTO sealed_form (id, trajectory_id, participant_id, round_id, questionnaire_key, questionnaire_version, language, created_at, expires_at,
       feedback360_rater_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  return chosen.map((rater) => {
    const formId = randomBytes(16).toString('hex');
    insert.run(formId, round.trajectory_id, round.participant_id, batch, definition.key, definition.version, rater.language, createdAt, expiresAt, rater.id);
    const en = rater.language === 'en';
    const html = formFileHtml({
      formId,
      keyId: key.keyId,
      publicJwk: key.publicJwk,
      expiresAt,
      language: rater.language,
      firstName: name,
      practiceName,
      address: practice.clientAddress,
      definition: definitionFor(definition, rater.role),
      practiceTexts: {},
      agreements: [],
      answerFileName: `${en ? 'answers' : 'antwoorden'}-360-${formId.slice(0, 6)}.json`,
      intro: raterIntro({ language: rater.language, address: practice.clientAddress, role: rater.role, practice: practiceName || (en ? 'the practice' : 'de praktijk'), name, threshold }),
      withReflection: false,
    });
    return {
      formId,
      raterId: rater.id,
      participantId: round.participant_id,
      fileName: `360-${fileSafe(name)}-${fileSafe(rater.label)}-${formId.slice(0, 6)}.html`,
      html,
      expiresAt,
    };
  });
}
