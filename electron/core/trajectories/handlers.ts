import { audienceView } from '../audience/view';
import type { HandlersFor } from '../context';
import { localNow } from './checkIn';
import { trajectoryDetail } from './detail';
import { addParticipant, removeParticipant } from './participants';
import { getTrajectory, insertTrajectory, listTrajectories, touchTrajectory, trajectoryRow, updateTrajectory } from './repository';
import { inSnapshot, inTransaction } from './transaction';

export const trajectoryHandlers: HandlersFor<'trajectories'> = {
  'trajectories.list': (input, ctx) => inSnapshot(ctx, (db) => listTrajectories(db, input)),
  'trajectories.get': (input, ctx) => getTrajectory(ctx.vault.db(), input.id),
  'trajectories.create': ({ kind, participants, ...values }, ctx) =>
    inTransaction(ctx, (db, now) => insertTrajectory(db, kind, values, participants, now)),
  'trajectories.update': ({ id, ...patch }, ctx) => inTransaction(ctx, (db, now) => updateTrajectory(db, id, patch, now)),
  'trajectories.addParticipant': (input, ctx) =>
    inTransaction(ctx, (db, now) => {
      const trajectory = trajectoryRow(db, input.trajectoryId, 'trajectoryId');
      addParticipant(db, trajectory, input.clientId, input.role, now);
      touchTrajectory(db, trajectory.id, now);
      return getTrajectory(db, trajectory.id);
    }),
  'trajectories.removeParticipant': (input, ctx) =>
    inTransaction(ctx, (db, now) => {
      const trajectoryId = removeParticipant(db, input.participantId, now);
      touchTrajectory(db, trajectoryId, now);
      return getTrajectory(db, trajectoryId);
    }),
  'trajectories.detail': (input, ctx) => {
    const at = localNow(ctx.clock.now());
    return inSnapshot(ctx, (db) => trajectoryDetail(db, input.id, at));
  },
  'trajectories.audienceView': (input, ctx) => inSnapshot(ctx, (db) => audienceView(db, input.id, input.audience, input.period)),
};
