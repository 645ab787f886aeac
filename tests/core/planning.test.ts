import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { failure, fixedClock, invoke, makeSession, makeTrajectory, openPractice, type TestPractice } from '../support/factories';

// Wednesday 25 November 2026, 10:00 local time. A fresh vault per test: overlaps are practice-wide.
let practice: TestPractice;
beforeEach(async () => {
  practice?.close();
  practice = await openPractice(fixedClock(new Date(2026, 10, 25, 10, 0)));
});
afterAll(() => practice.close());

describe('overlaps', () => {
  it("shows another client's booked hour before saving, and refuses it unless the practitioner proceeds", async () => {
    const { core } = practice;
    const other = await makeTrajectory(core, { title: 'Traject Fatima' });
    const booked = await makeSession(core, other, { startsAt: '2026-12-01T14:00', durationMinutes: 60, status: 'planned' });
    const couple = await makeTrajectory(core, { kind: 'couple', title: 'Sanne en Joris' });

    const overlaps = await invoke(core, 'sessions.overlaps', { startsAt: '2026-12-01T14:30', durationMinutes: 90 });
    expect(overlaps).toEqual([
      { sessionId: booked.id, trajectoryId: other.id, trajectoryTitle: 'Traject Fatima', startsAt: '2026-12-01T14:00', durationMinutes: 60, status: 'planned' },
    ]);
    const plan = { trajectoryId: couple.id, startsAt: '2026-12-01T14:30', durationMinutes: 90, status: 'planned' as const };
    expect(await failure(core, 'sessions.create', plan)).toMatchObject({ code: 'CONFLICT', field: 'startsAt', reason: 'overlap' });
    expect((await invoke(core, 'sessions.list', { trajectoryId: couple.id })).total).toBe(0);
    const anyway = await invoke(core, 'sessions.create', { ...plan, allowOverlap: true });
    expect(anyway.startsAt).toBe('2026-12-01T14:30');
  });

  it('a session ending when the next begins does not overlap, and a cancelled one books nothing', async () => {
    const { core } = practice;
    const t = await makeTrajectory(core);
    await makeSession(core, t, { startsAt: '2026-12-01T13:00', durationMinutes: 60, status: 'planned' });
    const cancelled = await makeSession(core, t, { startsAt: '2026-12-01T15:00', status: 'planned' });
    await invoke(core, 'sessions.setStatus', { id: cancelled.id, status: 'cancelled' });
    expect(await invoke(core, 'sessions.overlaps', { startsAt: '2026-12-01T14:00', durationMinutes: 60 })).toEqual([]);
    expect(await invoke(core, 'sessions.overlaps', { startsAt: '2026-12-01T15:00', durationMinutes: 30 })).toEqual([]);
    expect(await invoke(core, 'sessions.overlaps', { startsAt: '2026-12-01T12:30', durationMinutes: 31 })).toHaveLength(1);
  });

  it('rescheduling onto a booked hour is refused unless allowed, and a session never overlaps itself', async () => {
    const { core } = practice;
    const a = await makeTrajectory(core);
    const b = await makeTrajectory(core);
    await makeSession(core, a, { startsAt: '2026-12-02T09:00', status: 'planned' });
    const mine = await makeSession(core, b, { startsAt: '2026-12-02T11:00', status: 'planned' });
    expect(await failure(core, 'sessions.update', { id: mine.id, startsAt: '2026-12-02T09:30' })).toMatchObject({ reason: 'overlap', field: 'startsAt' });
    expect((await invoke(core, 'sessions.get', { id: mine.id })).startsAt).toBe('2026-12-02T11:00');
    expect((await invoke(core, 'sessions.update', { id: mine.id, durationMinutes: 30 })).durationMinutes).toBe(30);
    expect(await invoke(core, 'sessions.overlaps', { startsAt: '2026-12-02T11:00', durationMinutes: 60, excludeSessionId: mine.id })).toEqual([]);
    expect((await invoke(core, 'sessions.update', { id: mine.id, startsAt: '2026-12-02T09:30', allowOverlap: true })).startsAt).toBe('2026-12-02T09:30');
  });
});

describe('next free slot', () => {
  it("offers the trajectory's usual weekday and time in the week after its last session, skipping a booked week", async () => {
    const { core } = practice;
    const couple = await makeTrajectory(core, { kind: 'couple' });
    // Usually Tuesday 19:00 for 75 minutes; once a Thursday.
    for (const startsAt of ['2026-11-03T19:00', '2026-11-10T19:00', '2026-11-19T10:00', '2026-11-24T19:00']) {
      await makeSession(core, couple, { startsAt, durationMinutes: 75 });
    }
    const other = await makeTrajectory(core);
    await makeSession(core, other, { startsAt: '2026-12-01T19:30', status: 'planned' });
    expect(await invoke(core, 'sessions.nextFreeSlot', { trajectoryId: couple.id })).toEqual({
      startsAt: '2026-12-08T19:00',
      durationMinutes: 75,
      basis: 'usual_time',
    });
  });

  it('without history offers the next working day at 10:00', async () => {
    const { core } = practice;
    const fresh = await makeTrajectory(core);
    expect(await invoke(core, 'sessions.nextFreeSlot', { trajectoryId: fresh.id, after: '2026-11-27T12:00' })).toEqual({
      startsAt: '2026-11-30T10:00',
      durationMinutes: 60,
      basis: 'default_time',
    });
  });
});

describe('recurring series', () => {
  it('previews every two weeks until a date with the overlaps of each, then plans it', async () => {
    const { core } = practice;
    const couple = await makeTrajectory(core, { kind: 'couple' });
    const other = await makeTrajectory(core, { title: 'Traject Bram' });
    const clash = await makeSession(core, other, { startsAt: '2026-12-15T10:30', status: 'planned' });
    const rule = { trajectoryId: couple.id, firstStartsAt: '2026-12-01T10:00', durationMinutes: 60, everyWeeks: 2, until: '2027-01-12' };
    const preview = await invoke(core, 'sessions.previewSeries', rule);
    expect(preview.occurrences.map((o) => [o.startsAt, o.overlaps.map((x) => x.sessionId)])).toEqual([
      ['2026-12-01T10:00', []],
      ['2026-12-15T10:00', [clash.id]],
      ['2026-12-29T10:00', []],
      ['2027-01-12T10:00', []],
    ]);
    expect(await failure(core, 'sessions.planSeries', rule)).toMatchObject({ code: 'CONFLICT', reason: 'overlap' });
    expect((await invoke(core, 'sessions.list', { trajectoryId: couple.id })).total).toBe(0);
    const planned = await invoke(core, 'sessions.planSeries', { ...rule, allowOverlap: true });
    expect(planned.sessions.map((s) => [s.startsAt, s.status, s.seriesId])).toEqual(
      ['2026-12-01T10:00', '2026-12-15T10:00', '2026-12-29T10:00', '2027-01-12T10:00'].map((at) => [at, 'planned', planned.seriesId]),
    );
  });

  it('plans a count of weekly sessions and needs exactly one end', async () => {
    const { core } = practice;
    const t = await makeTrajectory(core);
    const planned = await invoke(core, 'sessions.planSeries', { trajectoryId: t.id, firstStartsAt: '2026-12-07T16:00', everyWeeks: 1, count: 3 });
    expect(planned.sessions.map((s) => s.startsAt)).toEqual(['2026-12-07T16:00', '2026-12-14T16:00', '2026-12-21T16:00']);
    expect(await failure(core, 'sessions.planSeries', { trajectoryId: t.id, firstStartsAt: '2027-02-01T16:00', everyWeeks: 1 })).toMatchObject({
      field: 'count',
      reason: 'series_needs_end',
    });
  });

  it('moves this one only, or this and the following ones by the same shift', async () => {
    const { core } = practice;
    const t = await makeTrajectory(core);
    const { sessions } = await invoke(core, 'sessions.planSeries', { trajectoryId: t.id, firstStartsAt: '2026-12-07T16:00', everyWeeks: 1, count: 4 });
    const [first, second, third, fourth] = sessions.map((s) => s.id) as [number, number, number, number];
    await invoke(core, 'sessions.update', { id: first, startsAt: '2026-12-08T16:00', scope: 'this' });
    await invoke(core, 'sessions.update', { id: third, startsAt: '2026-12-21T17:30', durationMinutes: 45, scope: 'following' });
    const starts = async () => (await invoke(core, 'sessions.list', { trajectoryId: t.id })).items.reverse().map((s) => [s.id, s.startsAt, s.durationMinutes]);
    expect(await starts()).toEqual([
      [first, '2026-12-08T16:00', 60],
      [second, '2026-12-14T16:00', 60],
      [third, '2026-12-21T17:30', 45],
      [fourth, '2026-12-28T17:30', 45],
    ]);
  });

  it('cancels this and the following sessions of a series, leaving the earlier ones', async () => {
    const { core } = practice;
    const t = await makeTrajectory(core);
    const { sessions } = await invoke(core, 'sessions.planSeries', { trajectoryId: t.id, firstStartsAt: '2026-12-07T16:00', everyWeeks: 1, count: 3 });
    await invoke(core, 'sessions.setStatus', { id: sessions[1]!.id, status: 'cancelled', scope: 'following' });
    const statuses = (await invoke(core, 'sessions.list', { trajectoryId: t.id })).items.reverse().map((s) => s.status);
    expect(statuses).toEqual(['planned', 'cancelled', 'cancelled']);
    expect(await failure(core, 'sessions.setStatus', { id: sessions[0]!.id, status: 'held', scope: 'following' })).toMatchObject({
      field: 'scope',
      reason: 'scope_only_for_cancel',
    });
  });
});
