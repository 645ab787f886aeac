import { z } from 'zod';
import type { QuestionnaireScores } from '../questionnaires/scores';
import type { SessionKind, SessionStatus } from '../domain/session';
import type { ParticipantRole, TrajectoryKind, TrajectoryStatus } from '../domain/trajectory';
import type { Agreement } from './agreements';
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

/** Where a client stands: archived, else their most active trajectory's status, else none. */
export type ClientStatus = 'archived' | 'active' | 'intake' | 'paused' | 'closed' | 'none';

export interface ClientListItem extends Client {
  status: ClientStatus;
  /** Their next planned session (from now on), in any trajectory. */
  nextSession: { id: number; trajectoryId: number; startsAt: string } | null;
}

export interface ClientList {
  items: ClientListItem[];
  total: number;
}

export interface ClientSession {
  id: number;
  trajectoryId: number;
  trajectoryTitle: string;
  startsAt: string;
  durationMinutes: number;
  kind: SessionKind;
  status: SessionStatus;
  startedAt: string | null;
}

/** A client whole, as the client page shows them: only what the client's own audience may see in each trajectory. */
export interface ClientOverview {
  client: Client;
  archived: boolean;
  status: ClientStatus;
  trajectories: {
    trajectory: { id: number; kind: TrajectoryKind; title: string; status: TrajectoryStatus };
    participantId: number;
    role: ParticipantRole;
    removed: boolean;
  }[];
  /** Planned sessions from now on, soonest first (at most 10). */
  nextSessions: ClientSession[];
  /** Earlier sessions, newest first (at most 20). */
  pastSessions: ClientSession[];
  /** Open agreements they own, share or that the practitioner owns, in the sessions they may see. */
  openAgreements: Agreement[];
  /** Their latest response per questionnaire and trajectory (never a team's anonymous answers). */
  latestScores: { trajectoryId: number; responseId: number; key: string; version: number; startsAt: string; scores: QuestionnaireScores }[];
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
  'clients.overview': method<ClientOverview>()(
    byId,
    "A client whole: trajectories, next and past sessions, open agreements, latest questionnaire scores, archive state.",
  ),
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
