import { localDate } from '../../../shared/domain/calendar';
import type { HandlersFor } from '../context';
import { sessionsBetween } from '../dashboard/dashboard';
import { inSnapshot } from '../trajectories/transaction';
import { readKeyFile } from '../vault/keyFile';
import { calendarFile } from './ics';

export const calendarHandlers: HandlersFor<'calendar'> = {
  'calendar.entries': (input, ctx) =>
    inSnapshot(ctx, (db) => {
      const sessions = sessionsBetween(db, input.from, input.to);
      const series = new Map(
        (
          db
            .prepare(`SELECT id, series_id FROM session WHERE id IN (SELECT value FROM json_each(?))`)
            .all(JSON.stringify(sessions.map((s) => s.id))) as { id: number; series_id: number | null }[]
        ).map((r) => [r.id, r.series_id]),
      );
      return { entries: sessions.map((s) => ({ ...s, seriesId: series.get(s.id) ?? null })) };
    }),
  'calendar.export': (input, ctx) => {
    const now = ctx.clock.now();
    const vaultId = readKeyFile(ctx.vault.keyFilePath).vaultId;
    return inSnapshot(ctx, (db) => calendarFile(db, { from: input.from ?? localDate(now), to: input.to, withNames: input.withNames, vaultId, now }));
  },
};
