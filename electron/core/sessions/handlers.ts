import type { HandlersFor } from '../context';
import { amendNotes, finaliseNotes, getNotes, noteHistory, saveNotes } from '../notes/repository';
import { touchTrajectory } from '../trajectories/repository';
import { inSnapshot, inTransaction } from '../trajectories/transaction';
import type { Db } from '../db/open';
import { localDateTime } from '../../../shared/domain/calendar';
import { nextFreeSlot } from '../calendar/freeSlot';
import { overlapsOf, refuseOverlap } from '../calendar/overlaps';
import { changeSession, changeStatus, planSeries, previewSeries } from '../calendar/series';
import { trajectoryRow } from '../trajectories/repository';
import { getSession, insertSession, listSessions, setSessionStatus, startSession } from './repository';
import { sessionWorkspace } from './workspace';

/** A change to a session is a change to its trajectory's file. */
function touched<T>(db: Db, sessionId: number, now: string, value: T): T {
  touchTrajectory(db, getSession(db, sessionId).trajectoryId, now);
  return value;
}

export const sessionHandlers: HandlersFor<'sessions'> = {
  'sessions.list': (input, ctx) => inSnapshot(ctx, (db) => listSessions(db, input)),
  'sessions.get': (input, ctx) => inSnapshot(ctx, (db) => ({ ...getSession(db, input.id), notes: getNotes(db, input.id) })),
  'sessions.create': ({ allowOverlap, ...input }, ctx) => inTransaction(ctx, (db, now) => {
    if (input.status === 'planned') refuseOverlap(db, [input], [], allowOverlap ?? false, 'startsAt');
    const session = insertSession(db, input, now);
    return touched(db, session.id, now, session);
  }),
  'sessions.update': ({ id, ...change }, ctx) => inTransaction(ctx, (db, now) => touched(db, id, now, changeSession(db, id, change, now))),
  'sessions.setStatus': (input, ctx) =>
    inTransaction(ctx, (db, now) => touched(db, input.id, now, changeStatus(db, input.id, input.status, input.scope, now))),
  'sessions.start': (input, ctx) => inTransaction(ctx, (db, now) => touched(db, input.id, now, startSession(db, input.id, now))),
  'sessions.overlaps': ({ excludeSessionId, ...slot }, ctx) =>
    inSnapshot(ctx, (db) => overlapsOf(db, slot, excludeSessionId === undefined ? [] : [excludeSessionId])),
  'sessions.nextFreeSlot': (input, ctx) => {
    const after = input.after ?? localDateTime(ctx.clock.now());
    return inSnapshot(ctx, (db) => {
      trajectoryRow(db, input.trajectoryId, 'trajectoryId');
      return nextFreeSlot(db, { ...input, after });
    });
  },
  'sessions.previewSeries': (input, ctx) => inSnapshot(ctx, (db) => previewSeries(db, input)),
  'sessions.planSeries': (input, ctx) =>
    inTransaction(ctx, (db, now) => {
      const planned = planSeries(db, input, now);
      touchTrajectory(db, input.trajectoryId, now);
      return planned;
    }),
  'sessions.saveNotes': ({ id, ...patch }, ctx) => inTransaction(ctx, (db, now) => touched(db, id, now, saveNotes(db, id, patch, now))),
  'sessions.finalise': (input, ctx) =>
    inTransaction(ctx, (db, now) => {
      // Finalising the notes is what makes a planned (or started) session held.
      if (getSession(db, input.id).status === 'planned') setSessionStatus(db, input.id, 'held', now);
      return touched(db, input.id, now, finaliseNotes(db, input.id, now));
    }),
  'sessions.amend': ({ id, reason, ...patch }, ctx) =>
    inTransaction(ctx, (db, now) => touched(db, id, now, amendNotes(db, id, patch, reason, now))),
  'sessions.history': (input, ctx) => inSnapshot(ctx, (db) => noteHistory(db, input.id)),
  'sessions.workspace': (input, ctx) => inSnapshot(ctx, (db) => sessionWorkspace(db, input.id, input.language)),
};
