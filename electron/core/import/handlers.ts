import type { HandlersFor } from '../context';
import { inSnapshot, inTransaction } from '../trajectories/transaction';
import { importClients, previewImport } from './clientImport';

export const clientImportHandlers: Pick<HandlersFor<'clients'>, 'clients.importPreview' | 'clients.import'> = {
  'clients.importPreview': (input, ctx) => inSnapshot(ctx, (db) => previewImport(db, input)),
  'clients.import': (input, ctx) => inTransaction(ctx, (db, now) => importClients(db, input, now)),
};
