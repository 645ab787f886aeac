import { z } from 'zod';
import type { Audience } from '../domain/audience';
import type { SessionKind, SessionStatus } from '../domain/session';
import type { TrajectoryKind, TrajectoryStatus } from '../domain/trajectory';
import type { Agreement } from './agreements';
import { method } from './define';
import { byId, id, language, longText, page, shortText } from './fields';
import type { Goal, Rating } from './goals';
import type { NoteHistory, NoteTemplate, SessionNotes } from './notes';
import type { Participant } from './trajectories';
import { ids, localDate, localDateTime, noteTemplateKey, sessionKind, sessionStatus } from './workflowFields';

export interface Session {
  id: number;
  trajectoryId: number;
  /** Local wall-clock time 'YYYY-MM-DDTHH:mm'. */
  startsAt: string;
  durationMinutes: number;
  kind: SessionKind;
  status: SessionStatus;
  attendeeIds: number[];
  /** In a couple or team trajectory, the one participant of an individual session; null for joint ones. */
  individualFor: number | null;
  finalisedAt: string | null;
  hasNotes: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface SessionWithNotes extends Session {
  notes: SessionNotes;
}

export interface SessionList {
  items: Session[];
  total: number;
}

/** Everything the in-session screen needs, in one call. */
export interface SessionWorkspace {
  session: Session;
  trajectory: { id: number; kind: TrajectoryKind; title: string; status: TrajectoryStatus };
  attendees: Participant[];
  /** Who is in the room: agreements and ratings shown are only those this audience may see. */
  audience: Audience;
  /** Agreements from earlier sessions still open, or reviewed in this session. */
  agreementsToReview: Agreement[];
  agreementsMade: Agreement[];
  goals: { goal: Goal; ratings: Rating[] }[];
  notes: SessionNotes;
  template: NoteTemplate;
}

const summary = longText(50_000);
const privateNotes = longText(100_000);
const durationMinutes = z.number().int().min(5).max(720);

export const sessionMethods = {
  'sessions.list': method<SessionList>()(
    z
      .object({
        trajectoryId: id.optional(),
        from: localDate.optional(),
        to: localDate.optional(),
        status: sessionStatus.optional(),
        ...page,
      })
      .strict(),
    'Sessions by start, newest first, for one trajectory or a date range (both ends included).',
  ),
  'sessions.get': method<SessionWithNotes>()(byId, 'One session with its notes.'),
  'sessions.create': method<Session>()(
    z
      .object({
        trajectoryId: id,
        startsAt: localDateTime,
        durationMinutes: durationMinutes.default(60),
        kind: sessionKind.default('regular'),
        status: sessionStatus.default('planned'),
        /** Default: every current participant. */
        attendeeIds: ids(50).min(1).optional(),
      })
      .strict(),
    'Plan (or record) a session; several on one day are fine.',
  ),
  'sessions.update': method<Session>()(
    z
      .object({
        id,
        startsAt: localDateTime.optional(),
        durationMinutes: durationMinutes.optional(),
        kind: sessionKind.optional(),
        attendeeIds: ids(50).min(1).optional(),
      })
      .strict(),
    'Move a session or change its kind or attendees (attendees are fixed once notes are finalised).',
  ),
  'sessions.setStatus': method<Session>()(
    z.object({ id, status: sessionStatus }).strict(),
    'Mark a session held, cancelled, no-show, or planned again.',
  ),
  'sessions.saveNotes': method<SessionNotes>()(
    z
      .object({ id, summary: summary.optional(), privateNotes: privateNotes.optional(), templateKey: noteTemplateKey.optional() })
      .strict(),
    'Save the draft notes of a session that is not finalised yet.',
  ),
  'sessions.finalise': method<SessionNotes>()(byId, 'Finalise the notes: later changes are amendments with history.'),
  'sessions.amend': method<SessionNotes>()(
    z
      .object({ id, summary: summary.optional(), privateNotes: privateNotes.optional(), reason: shortText(500).default('') })
      .strict(),
    'Amend finalised notes; the earlier version is kept.',
  ),
  'sessions.history': method<NoteHistory>()(byId, 'Every finalised version of the notes, oldest first.'),
  'sessions.workspace': method<SessionWorkspace>()(
    z.object({ id, language: language.default('nl') }).strict(),
    'Everything the in-session screen needs, in one call.',
  ),
};
