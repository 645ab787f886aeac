import { z } from 'zod';
import type { Audience } from '../domain/audience';
import type { SessionKind, SessionStatus } from '../domain/session';
import type { TrajectoryKind, TrajectoryStatus } from '../domain/trajectory';
import type { Agreement } from './agreements';
import type { AgreementSelfReport } from './forms';
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
  /** When "Sessie starten" was pressed: a planned session with this set is in progress ("bezig"). */
  startedAt: string | null;
  /** The first session of its recurring series; null for a single session. */
  seriesId: number | null;
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
  /** What participants said in a form file about the agreements to review here, the newest per agreement: to talk about, not an outcome. */
  selfReports: AgreementSelfReport[];
  agreementsMade: Agreement[];
  /** Per goal, this session's ratings and each attendee's previous rating that the people in the room may see. */
  goals: { goal: Goal; ratings: Rating[]; previous: PreviousRating[] }[];
  notes: SessionNotes;
  template: NoteTemplate;
}

/**
 * An attendee's latest rating of a goal before this session, from a session this session's audience may
 * see: in a joint session never one from someone's individual session; in a partner's own individual session
 * their earlier individual ratings too.
 */
export interface PreviousRating {
  participantId: number;
  value: number;
  sessionId: number;
  /** The earlier session's local start. */
  startsAt: string;
}

/** A booked session (planned or held) whose time overlaps the one asked about. */
export interface SessionOverlap {
  sessionId: number;
  trajectoryId: number;
  trajectoryTitle: string;
  startsAt: string;
  durationMinutes: number;
  status: SessionStatus;
}

export interface FreeSlot {
  startsAt: string;
  durationMinutes: number;
  /** The trajectory's usual weekday and time, or the practice default (a working day at 10:00) without history. */
  basis: 'usual_time' | 'default_time';
}

export interface SeriesPreview {
  occurrences: { startsAt: string; durationMinutes: number; overlaps: SessionOverlap[] }[];
}

export interface PlannedSeries {
  seriesId: number;
  sessions: Session[];
}

const summary = longText(50_000);
const privateNotes = longText(100_000);
const durationMinutes = z.number().int().min(5).max(720);
/** The practitioner may book over another session on purpose; without this an overlap is refused. */
const allowOverlap = z.boolean().optional();
/** A session of a series: change this one only, or this one and the later planned ones too. */
const scope = z.enum(['this', 'following']).optional();
const series = z
  .object({
    trajectoryId: id,
    firstStartsAt: localDateTime,
    durationMinutes: durationMinutes.default(60),
    everyWeeks: z.number().int().min(1).max(52),
    /** Exactly one of the two: the last date (included), or how many sessions. */
    until: localDate.optional(),
    count: z.number().int().min(2).max(100).optional(),
  })
  .strict();
const seriesEnd = <T extends { firstStartsAt: string; until?: string | undefined; count?: number | undefined }>(s: z.ZodType<T>) =>
  s
    .refine((v) => (v.until === undefined) !== (v.count === undefined), { message: 'series_needs_end', path: ['count'] })
    .refine((v) => v.until === undefined || v.until >= v.firstStartsAt.slice(0, 10), { message: 'series_until_before_start', path: ['until'] });

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
        allowOverlap,
      })
      .strict(),
    'Plan (or record) a session; one overlapping a booked session is refused unless allowOverlap.',
  ),
  'sessions.update': method<Session>()(
    z
      .object({
        id,
        startsAt: localDateTime.optional(),
        durationMinutes: durationMinutes.optional(),
        kind: sessionKind.optional(),
        attendeeIds: ids(50).min(1).optional(),
        allowOverlap,
        scope,
      })
      .strict(),
    'Reschedule or shorten a session, or change its kind or attendees (fixed once notes are finalised); scope "following" moves the later planned sessions of its series along.',
  ),
  'sessions.setStatus': method<Session>()(
    z.object({ id, status: sessionStatus, scope }).strict(),
    'Mark a session held, cancelled, no-show, or planned again; scope "following" cancels the later planned sessions of its series too.',
  ),
  'sessions.start': method<Session>()(byId, 'Start a planned session: it is in progress ("bezig"), not yet held.'),
  'sessions.overlaps': method<SessionOverlap[]>()(
    z.object({ startsAt: localDateTime, durationMinutes, excludeSessionId: id.optional() }).strict(),
    'The booked sessions (planned or held) that overlap a time, to show before saving.',
  ),
  'sessions.nextFreeSlot': method<FreeSlot>()(
    z.object({ trajectoryId: id, durationMinutes: durationMinutes.optional(), after: localDateTime.optional() }).strict(),
    "The next free time at the trajectory's usual weekday and time, after its last booked session.",
  ),
  'sessions.previewSeries': method<SeriesPreview>()(
    seriesEnd(series),
    'The dates of a recurring series (every N weeks, until a date or a count) with the overlaps of each, nothing saved.',
  ),
  'sessions.planSeries': method<PlannedSeries>()(
    seriesEnd(series.extend({ kind: sessionKind.default('regular'), attendeeIds: ids(50).min(1).optional(), allowOverlap }).strict()),
    'Plan a recurring series; refused when a date overlaps a booked session unless allowOverlap.',
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
