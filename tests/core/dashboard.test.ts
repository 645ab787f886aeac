import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session, Trajectory } from '../../shared/contract';
import { fixedClock, invoke, makeAgreement, makeSession, makeTrajectory, openPractice, type TestPractice } from '../support/factories';

// Local wall-clock instants: the same calendar days in every time zone.
const wednesday = new Date(2026, 10, 25, 10, 0);
let practice: TestPractice;
let couple: Trajectory;
const sessions: Record<string, Session> = {};

beforeAll(async () => {
  practice = await openPractice(fixedClock(wednesday));
  const { core } = practice;
  couple = await makeTrajectory(core, { kind: 'couple', title: 'Stel in de week' });
  const plan = async (name: string, startsAt: string, status: 'planned' | 'held' = 'planned') =>
    // Sunday 23:30 runs past midnight into Monday 00:15 on purpose: booked over, knowingly.
    (sessions[name] = await makeSession(core, couple, { startsAt, status, allowOverlap: true }));
  await plan('lastSunday', '2026-11-22T20:00', 'held');
  await plan('monday', '2026-11-23T09:00', 'held');
  await plan('wednesdayEarly', '2026-11-25T08:30', 'held');
  await plan('wednesdayLate', '2026-11-25T15:00');
  await plan('sundayNight', '2026-11-29T23:30');
  await plan('nextMonday', '2026-11-30T00:15');
});
afterAll(() => practice.close());

describe('dashboard', () => {
  it('puts today’s and this week’s sessions in their buckets, Monday to Sunday', async () => {
    const dashboard = await invoke(practice.core, 'dashboard.get', {});
    expect(dashboard).toMatchObject({ today: '2026-11-25', weekStart: '2026-11-23', weekEnd: '2026-11-29' });
    expect(dashboard.sessionsToday.map((s) => s.id)).toEqual([sessions.wednesdayEarly!.id, sessions.wednesdayLate!.id]);
    expect(dashboard.sessionsThisWeek.map((s) => s.id)).toEqual(
      ['monday', 'wednesdayEarly', 'wednesdayLate', 'sundayNight'].map((name) => sessions[name]!.id),
    );
    expect(dashboard.sessionsToday[0]).toMatchObject({ trajectoryTitle: 'Stel in de week', trajectoryKind: 'couple' });
    expect(dashboard.sessionsToday[0]!.attendeeNames).toHaveLength(2);
  });

  it('keeps Sunday night in the week that started on Monday, and starts a new week on Monday', async () => {
    practice.clock.set(new Date(2026, 10, 29, 23, 45));
    const sunday = await invoke(practice.core, 'dashboard.get', {});
    practice.clock.set(new Date(2026, 10, 30, 0, 5));
    const monday = await invoke(practice.core, 'dashboard.get', {});
    practice.clock.set(wednesday);
    expect(sunday).toMatchObject({ today: '2026-11-29', weekStart: '2026-11-23' });
    expect(sunday.sessionsToday.map((s) => s.id)).toEqual([sessions.sundayNight!.id]);
    expect(monday).toMatchObject({ today: '2026-11-30', weekStart: '2026-11-30', weekEnd: '2026-12-06' });
    expect(monday.sessionsThisWeek.map((s) => s.id)).toEqual([sessions.nextMonday!.id]);
  });

  it('lists agreements due for review: overdue first, then due this week or in a session this week', async () => {
    const { core } = practice;
    const [anna] = couple.participants;
    const overdue = await makeAgreement(core, sessions.lastSunday!, { due: { kind: 'date', date: '2026-11-24' }, alreadyDue: true });
    const thisWeek = await makeAgreement(core, sessions.monday!, {
      owner: { kind: 'participant', participantId: anna!.id },
      due: { kind: 'date', date: '2026-11-27' },
    });
    const nextWeek = await makeAgreement(core, sessions.monday!, { due: { kind: 'date', date: '2026-12-02' } });
    const nextSession = await makeAgreement(core, sessions.wednesdayEarly!); // next planned: today 15:00
    const due = (await invoke(core, 'dashboard.get', {})).agreementsDue;
    expect(due.items.map((a) => [a.id, a.reason, a.dueOn])).toEqual([
      [overdue.id, 'due_date_passed', '2026-11-24'],
      [nextSession.id, 'next_session_this_week', '2026-11-25'],
      [thisWeek.id, 'due_this_week', '2026-11-27'],
    ]);
    expect(due.total).toBe(3);
    expect(due.items.map((a) => a.id)).not.toContain(nextWeek.id);
    expect(due.items[2]!.ownerName).toBe(anna!.displayName);
  });

  it('lists trajectories whose check-in interval has passed since the last held session', async () => {
    const { core } = practice;
    const quiet = await makeTrajectory(core, { title: 'Stil', checkInWeeks: 2 });
    await makeSession(core, quiet, { startsAt: '2026-11-01T10:00' });
    const recent = await makeTrajectory(core, { title: 'Net gezien', checkInWeeks: 2 });
    await makeSession(core, recent, { startsAt: '2026-11-20T10:00' });
    const checkIns = (await invoke(core, 'dashboard.get', {})).checkInsDue;
    expect(checkIns.map((c) => c.trajectoryId)).toContain(quiet.id);
    expect(checkIns.map((c) => c.trajectoryId)).not.toContain(recent.id);
    expect(checkIns.find((c) => c.trajectoryId === quiet.id)).toMatchObject({ dueOn: '2026-11-15', lastHeldAt: '2026-11-01T10:00' });
  });

  it('and the trajectory page say the same about the next check-in and the next session, from one rule', async () => {
    const { core } = practice;
    const overdue = await makeTrajectory(core, { title: 'Lang niet gezien', checkInWeeks: 3 });
    await makeSession(core, overdue, { startsAt: '2026-10-28T10:00' });
    const later = await makeSession(core, overdue, { startsAt: '2026-12-03T10:00', status: 'planned' });
    await makeSession(core, overdue, { startsAt: '2026-12-10T10:00', status: 'planned' });
    const onTime = await makeTrajectory(core, { title: 'Op schema', checkInWeeks: 3 });
    await makeSession(core, onTime, { startsAt: '2026-11-18T10:00' });
    const paused = await makeTrajectory(core, { title: 'Even stil', checkInWeeks: 1, status: 'paused' });
    await makeSession(core, paused, { startsAt: '2026-09-01T10:00' });

    const dashboard = await invoke(core, 'dashboard.get', {});
    const onDashboard = dashboard.checkInsDue.map((c) => c.trajectoryId);
    expect(dashboard.checkInsDue.find((c) => c.trajectoryId === overdue.id)).toMatchObject({ dueOn: '2026-11-18', nextPlannedAt: '2026-12-03T10:00' });
    expect(onDashboard).not.toContain(onTime.id);
    expect(onDashboard, 'a paused trajectory waits for no check-in').not.toContain(paused.id);

    const detail = (id: number) => invoke(core, 'trajectories.detail', { id });
    expect(await detail(overdue.id)).toMatchObject({ checkIn: { dueOn: '2026-11-18', overdue: true }, nextSessionId: later.id });
    expect(await detail(onTime.id)).toMatchObject({ checkIn: { dueOn: '2026-12-09', overdue: false }, nextSessionId: null });
    expect(await detail(paused.id)).toMatchObject({ checkIn: null });
  });

  it('counts a session planned earlier today that was not held yet as the next one', async () => {
    const { core } = practice;
    const today = await makeTrajectory(core, { title: 'Vanochtend' });
    const early = await makeSession(core, today, { startsAt: '2026-11-25T07:00', status: 'planned' });
    await makeSession(core, today, { startsAt: '2026-11-26T07:00', status: 'planned' });
    expect((await invoke(core, 'trajectories.detail', { id: today.id })).nextSessionId).toBe(early.id);
  });

  it('tells a started session (in progress, not yet held) from one still waiting to start', async () => {
    const { core } = practice;
    await invoke(core, 'sessions.start', { id: sessions.wednesdayLate!.id });
    const today = (await invoke(core, 'dashboard.get', {})).sessionsToday;
    expect(today.find((s) => s.id === sessions.wednesdayLate!.id)).toMatchObject({ status: 'planned', startedAt: expect.any(String) });
    expect(today.find((s) => s.id === sessions.wednesdayEarly!.id)).toMatchObject({ status: 'held', startedAt: null });
  });

  it('shows the most recently changed trajectories first', async () => {
    const { core, clock } = practice;
    const older = await makeTrajectory(core, { title: 'Ouder' });
    clock.set(new Date(2026, 10, 25, 11, 0));
    await makeSession(core, older, { startsAt: '2026-11-26T10:00', status: 'planned' });
    clock.set(wednesday);
    const recent = (await invoke(core, 'dashboard.get', {})).recentlyChanged;
    expect(recent[0]).toMatchObject({ id: older.id, title: 'Ouder' });
  });
});
