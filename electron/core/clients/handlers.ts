import { localDateTime } from '../../../shared/domain/calendar';
import type { HandlersFor } from '../context';
import { clientImportHandlers } from '../import/handlers';
import { inSnapshot } from '../trajectories/transaction';
import { clientOverview } from './overview';
import { getClient, insertClient, listClients, setClientArchived, updateClient } from './repository';

const blank = { preferredName: '', dateOfBirth: '', email: '', phone: '', address: '' };

export const clientHandlers: HandlersFor<'clients'> = {
  ...clientImportHandlers,
  'clients.list': (input, ctx) => inSnapshot(ctx, (db) => listClients(db, { ...input, now: localDateTime(ctx.clock.now()) })),
  'clients.overview': (input, ctx) => inSnapshot(ctx, (db) => clientOverview(db, input.id, localDateTime(ctx.clock.now()))),
  'clients.get': (input, { vault }) => getClient(vault.db(), input.id),
  'clients.create': (input, { vault, clock }) => insertClient(vault.db(), { ...blank, ...input }, clock.now().toISOString()),
  'clients.update': ({ id, ...patch }, { vault, clock }) => {
    const db = vault.db();
    return db.transaction(() => updateClient(db, id, patch, clock.now().toISOString()))();
  },
  'clients.archive': (input, { vault, clock }) =>
    setClientArchived(vault.db(), input.id, input.archived, clock.now().toISOString()),
};
