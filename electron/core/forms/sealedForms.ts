import { randomBytes } from 'node:crypto';
import type { SealedFormFile, SealedFormStatus } from '../../../shared/contract/forms';
import type { Language } from '../../../shared/contract/fields';
import { AppError } from '../../../shared/errors';
import { questionnaireFits } from '../../../shared/questionnaires/fit';
import { canSee } from '../audience/policy';
import { agreementsOf } from '../agreements/repository';
import type { Db } from '../db/open';
import { readPractice } from '../practice/repository';
import { findQuestionnaire, practiceItemTexts } from '../questionnaires/definitions';
import { sessionsOfTrajectory } from '../sessions/repository';
import { getTrajectory } from '../trajectories/repository';
import { formFileHtml } from './formFile';
import type { FormKey } from './formKey';

export interface FormRow {
  id: string;
  trajectory_id: number;
  participant_id: number;
  round_id: string;
  questionnaire_key: string;
  questionnaire_version: number;
  agreement_ids: string;
  language: Language;
  created_at: string;
  expires_at: string;
  imported_at: string | null;
  /** Set when the form is a 360 rater's: its answers belong to that round, not to the participant. */
  feedback360_rater_id: number | null;
}

export function findForm(db: Db, formId: string): FormRow | undefined {
  return db.prepare(`SELECT * FROM sealed_form WHERE id = ?`).get(formId) as FormRow | undefined;
}

/** A name safe on every file system, from a person's first name: letters and digits only. */
export function fileSafe(text: string): string {
  return text.normalize('NFKD').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-+|-+$/g, '').toLowerCase().slice(0, 40) || 'deelnemer';
}

/** The participant's own open agreements that they may see: theirs or the whole group's, not yet reviewed. */
function openAgreementsOf(db: Db, trajectoryId: number, participantId: number): { id: number; text: string }[] {
  const individualFor = new Map(sessionsOfTrajectory(db, trajectoryId).map((s) => [s.id, s.individualFor]));
  const audience = { kind: 'participant' as const, participantId };
  return agreementsOf(db, trajectoryId, 'open')
    .filter((a) => a.owner.kind === 'all' || (a.owner.kind === 'participant' && a.owner.participantId === participantId))
    .filter((a) => canSee(audience, { kind: 'agreement', owner: a.owner, madeInIndividualFor: individualFor.get(a.madeInSessionId) ?? null }))
    .map((a) => ({ id: a.id, text: a.text }));
}

export interface NewForms {
  trajectoryId: number;
  participantIds: number[];
  questionnaireKey: string;
  withAgreements: boolean;
  validDays: number;
}

/** Make and record one form per participant; forms made together are one round. */
export function createForms(db: Db, key: FormKey, request: NewForms, now: Date): SealedFormFile[] {
  const trajectory = getTrajectory(db, request.trajectoryId, 'trajectoryId');
  const stored = findQuestionnaire(db, request.questionnaireKey);
  if (stored.archivedAt !== null) throw new AppError('CONFLICT', 'This questionnaire is archived; bring it back to use it again.', 'questionnaireKey', 'archived');
  if (!questionnaireFits(stored.definition.key, trajectory.kind)) {
    throw new AppError('CONFLICT', 'This questionnaire does not fit this kind of trajectory.', 'questionnaireKey', 'questionnaire_does_not_fit');
  }
  const practice = readPractice(db);
  const texts = stored.definition.textLicensed ? {} : practiceItemTexts(db, stored.definition.key);
  const roundId = randomBytes(8).toString('hex');
  const createdAt = now.toISOString();
  const expiresAt = new Date(now.getTime() + request.validDays * 86_400_000).toISOString();
  const insert = db.prepare(
    `INSERT INTO sealed_form (id, trajectory_id, participant_id, round_id, questionnaire_key, questionnaire_version, agreement_ids,
       language, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  return [...new Set(request.participantIds)].map((participantId, i) => {
    const participant = trajectory.participants.find((p) => p.id === participantId && p.removedAt === null);
    if (!participant) throw new AppError('INVALID_INPUT', 'This participant does not take part in this trajectory.', `participantIds.${i}`, 'not_a_participant');
    const language = (db.prepare(`SELECT language FROM client WHERE id = ?`).pluck().get(participant.clientId) as Language | undefined) ?? 'nl';
    const agreements = request.withAgreements ? openAgreementsOf(db, trajectory.id, participantId) : [];
    const formId = randomBytes(16).toString('hex');
    insert.run(formId, trajectory.id, participantId, roundId, stored.definition.key, stored.definition.version, JSON.stringify(agreements.map((a) => a.id)), language, createdAt, expiresAt);
    const name = fileSafe(participant.preferredName || participant.firstName);
    const html = formFileHtml({
      formId,
      keyId: key.keyId,
      publicJwk: key.publicJwk,
      expiresAt,
      language,
      firstName: participant.preferredName || participant.firstName,
      practiceName: practice.name || practice.practitionerName,
      address: practice.clientAddress,
      definition: stored.definition,
      practiceTexts: texts,
      agreements,
      answerFileName: `${language === 'en' ? 'answers' : 'antwoorden'}-${name}-${formId.slice(0, 6)}.json`,
    });
    return { formId, participantId, fileName: `${language === 'en' ? 'questionnaire' : 'vragenlijst'}-${name}-${formId.slice(0, 6)}.html`, html, expiresAt };
  });
}

export function formsOf(db: Db, trajectoryId: number, now: Date): SealedFormStatus[] {
  const rows = db.prepare(`SELECT * FROM sealed_form WHERE trajectory_id = ? AND feedback360_rater_id IS NULL ORDER BY created_at DESC, id`).all(trajectoryId) as FormRow[];
  return rows.map((r) => ({
    formId: r.id,
    participantId: r.participant_id,
    questionnaireKey: r.questionnaire_key,
    createdAt: r.created_at,
    expiresAt: r.expires_at,
    importedAt: r.imported_at,
    state: r.imported_at !== null ? 'answered' : Date.parse(r.expires_at) < now.getTime() ? 'expired' : 'open',
  }));
}
