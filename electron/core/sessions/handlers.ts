import type { HandlersFor } from '../context';
import { amendNotes, finaliseNotes, getNotes, noteHistory, saveNotes } from '../notes/repository';
import { touchTrajectory } from '../trajectories/repository';
import { inSnapshot, inTransaction } from '../trajectories/transaction';
import type { Db } from '../db/open';
import { getSession, insertSession, listSessions, setSessionStatus, updateSession } from './repository';
import { sessionWorkspace } from './workspace';

/** A change to a session is a change to its trajectory's file. */
function touched<T>(db: Db, sessionId: number, now: string, value: T): T {
  touchTrajectory(db, getSession(db, sessionId).trajectoryId, now);
  return value;
}

export const sessionHandlers: HandlersFor<'sessions'> = {
  'sessions.list': (input, ctx) => inSnapshot(ctx, (db) => listSessions(db, input)),
  'sessions.get': (input, ctx) => inSnapshot(ctx, (db) => ({ ...getSession(db, input.id), notes: getNotes(db, input.id) })),
  'sessions.create': (input, ctx) => inTransaction(ctx, (db, now) => {
    const session = insertSession(db, input, now);
    return touched(db, session.id, now, session);
  }),
  'sessions.update': ({ id, ...patch }, ctx) => inTransaction(ctx, (db, now) => touched(db, id, now, updateSession(db, id, patch, now))),
  'sessions.setStatus': (input, ctx) =>
    inTransaction(ctx, (db, now) => touched(db, input.id, now, setSessionStatus(db, input.id, input.status, now))),
  'sessions.saveNotes': ({ id, ...patch }, ctx) => inTransaction(ctx, (db, now) => touched(db, id, now, saveNotes(db, id, patch, now))),
  'sessions.finalise': (input, ctx) => inTransaction(ctx, (db, now) => touched(db, input.id, now, finaliseNotes(db, input.id, now))),
  'sessions.amend': ({ id, reason, ...patch }, ctx) =>
    inTransaction(ctx, (db, now) => touched(db, id, now, amendNotes(db, id, patch, reason, now))),
  'sessions.history': (input, ctx) => inSnapshot(ctx, (db) => noteHistory(db, input.id)),
  'sessions.workspace': (input, ctx) => inSnapshot(ctx, (db) => sessionWorkspace(db, input.id, input.language)),
};
