import { z } from 'zod';
import { method } from './define';
import { birthDate, byId, changesOf, email, id, language, optionalText, page, phone, queryText, requiredText } from './fields';

export const clientFields = z
  .object({
    firstName: requiredText(100),
    lastName: requiredText(100),
    preferredName: optionalText(100),
    dateOfBirth: birthDate.optional(),
    email: email.optional(),
    phone: phone.optional(),
    address: optionalText(300),
    language: language.default('nl'),
  })
  .strict();

export type ClientFields = z.input<typeof clientFields>;

export interface Client {
  id: number;
  firstName: string;
  lastName: string;
  preferredName: string;
  dateOfBirth: string;
  email: string;
  phone: string;
  address: string;
  language: 'nl' | 'en';
  createdAt: string;
  updatedAt: string;
  archivedAt: string | null;
}

export interface ClientList {
  items: Client[];
  total: number;
}

export const clientSort = z.enum(['name', 'created', 'updated']);

export const clientMethods = {
  'clients.list': method<ClientList>()(
    z
      .object({
        query: queryText().default(''),
        archived: z.enum(['active', 'archived', 'all']).default('active'),
        sort: clientSort.default('name'),
        direction: z.enum(['asc', 'desc']).default('asc'),
        ...page,
      })
      .strict(),
    'Clients, paged and sorted, filtered by text and archive state.',
  ),
  'clients.get': method<Client>()(byId, 'One client.'),
  'clients.create': method<Client>()(clientFields, 'Add a client.'),
  'clients.update': method<Client>()(
    changesOf(clientFields.shape).extend({ id }).strict(),
    'Change some fields of a client.',
  ),
  'clients.archive': method<Client>()(
    z.object({ id, archived: z.boolean().default(true) }).strict(),
    'Archive a client, or bring one back.',
  ),
};
