import type { HandlersFor } from '../context';
import { trajectoryRow } from '../trajectories/repository';
import { formKey } from './formKey';
import { importAnswers, selfReportsOf } from './importAnswers';
import { createForms, formsOf } from './sealedForms';

export const formHandlers: HandlersFor<'forms'> = {
  'forms.create': async (request, { vault, clock }) => {
    const db = vault.db();
    const key = await formKey(db);
    return { forms: db.transaction(() => createForms(db, key, request, clock.now()))() };
  },
  'forms.list': ({ trajectoryId }, { vault, clock }) => {
    const db = vault.db();
    trajectoryRow(db, trajectoryId, 'trajectoryId');
    return formsOf(db, trajectoryId, clock.now());
  },
  'forms.importAnswers': ({ content }, { vault, clock }) => importAnswers(vault.db(), content, clock.now()),
  'forms.selfReports': ({ trajectoryId }, { vault }) => {
    const db = vault.db();
    trajectoryRow(db, trajectoryId, 'trajectoryId');
    return selfReportsOf(db, trajectoryId);
  },
};
