import type { HandlersFor } from '../context';
import { formKey } from '../forms/formKey';
import { trajectoryRow } from '../trajectories/repository';
import { importRaterAnswers } from './answers';
import { createRaterForms } from './forms';
import { roundResult } from './result';
import { addRater, closeRound, createRound, removeRater, roundsOf } from './rounds';

export const feedback360Handlers: HandlersFor<'feedback360'> = {
  'feedback360.list': ({ trajectoryId }, { vault, clock }) => {
    const db = vault.db();
    trajectoryRow(db, trajectoryId, 'trajectoryId');
    return roundsOf(db, trajectoryId, clock.now());
  },
  'feedback360.createRound': (input, { vault, clock }) => {
    const db = vault.db();
    return db.transaction(() => createRound(db, input, clock.now()))();
  },
  'feedback360.addRater': ({ roundId, ...rater }, { vault, clock }) => {
    const db = vault.db();
    return db.transaction(() => addRater(db, roundId, rater, clock.now()))();
  },
  'feedback360.removeRater': ({ id }, { vault, clock }) => {
    const db = vault.db();
    return db.transaction(() => removeRater(db, id, clock.now()))();
  },
  'feedback360.createForms': async (request, { vault, clock }) => {
    const db = vault.db();
    const key = await formKey(db);
    return { forms: db.transaction(() => createRaterForms(db, key, request, clock.now()))() };
  },
  'feedback360.importAnswers': ({ content }, { vault, clock }) => importRaterAnswers(vault.db(), content, clock.now()),
  'feedback360.close': ({ roundId }, { vault, clock }) => {
    const db = vault.db();
    return db.transaction(() => closeRound(db, roundId, clock.now()))();
  },
  'feedback360.result': ({ roundId }, { vault }) => roundResult(vault.db(), roundId),
};
