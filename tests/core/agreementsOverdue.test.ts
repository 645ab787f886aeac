import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Trajectory } from '../../shared/contract';
import { fixedClock, invoke, makeAgreement, makeSession, makeTrajectory, openPractice, type TestPractice } from '../support/factories';

// Wednesday 25 November 2026, 10:00 on the local clock, whatever the machine's time zone.
const wednesday = new Date(2026, 10, 25, 10, 0);
let practice: TestPractice;
let trajectory: Trajectory;
const ids: Record<string, number> = {};

beforeAll(async () => {
  practice = await openPractice(fixedClock(wednesday));
  const { core } = practice;
  trajectory = await makeTrajectory(core, { title: 'Overdue' });
  const s1 = await makeSession(core, trajectory, { startsAt: '2026-11-10T10:00' });
  const s2 = await makeSession(core, trajectory, { startsAt: '2026-11-17T10:00' });
  await makeSession(core, trajectory, { startsAt: '2026-11-24T10:00', status: 'planned' });
  await makeSession(core, trajectory, { startsAt: '2026-11-25T14:00' }); // later today, marked held early
  // These due dates have passed on purpose: the sessions are entered afterwards.
  const date = (d: string) => ({ due: { kind: 'date' as const, date: d }, alreadyDue: true });
  ids.dueYesterday = (await makeAgreement(core, s1, date('2026-11-24'))).id;
  ids.dueToday = (await makeAgreement(core, s1, date('2026-11-25'))).id;
  ids.nextSessionPassed = (await makeAgreement(core, s1)).id;
  ids.nextSessionNotYetHeld = (await makeAgreement(core, s2)).id;
  ids.reviewed = (await makeAgreement(core, s1, date('2026-11-12'))).id;
  await invoke(core, 'agreements.review', { id: ids.reviewed, sessionId: s2.id, outcome: 'kept' });
  ids.dueLastFriday = (await makeAgreement(core, s2, date('2026-11-20'))).id;
});
afterAll(() => practice.close());

describe('overdue agreements', () => {
  it('lists agreements whose due date passed and next-session ones whose next held session passed', async () => {
    const overdue = await invoke(practice.core, 'agreements.overdue', { trajectoryId: trajectory.id });
    expect(overdue.map((a) => [a.id, a.reason, a.overdueSince])).toEqual([
      [ids.nextSessionPassed, 'next_session_passed', '2026-11-17'],
      [ids.dueLastFriday, 'due_date_passed', '2026-11-20'],
      [ids.dueYesterday, 'due_date_passed', '2026-11-24'],
    ]);
    expect(overdue[0]!.trajectoryTitle).toBe('Overdue');
  });

  it('does not count a session that is planned, or held but still to come, as passed', async () => {
    const overdue = (await invoke(practice.core, 'agreements.overdue', {})).map((a) => a.id);
    expect(overdue).not.toContain(ids.nextSessionNotYetHeld);
    expect(overdue).not.toContain(ids.dueToday);
    expect(overdue).not.toContain(ids.reviewed);
  });

  it('follows the clock: tomorrow, today’s due date has passed', async () => {
    practice.clock.set(new Date(2026, 10, 26, 9, 0));
    try {
      const overdue = await invoke(practice.core, 'agreements.overdue', { trajectoryId: trajectory.id });
      expect(overdue.map((a) => a.id)).toContain(ids.dueToday);
      expect(overdue.map((a) => a.id)).toContain(ids.nextSessionNotYetHeld); // the 14:00 session has now passed
    } finally {
      practice.clock.set(wednesday);
    }
  });

  it('leaves closed trajectories out of the practice-wide list, but not out of their own', async () => {
    const { core } = practice;
    const closed = await makeTrajectory(core, { status: 'closed' });
    const session = await makeSession(core, closed, { startsAt: '2026-10-01T10:00' });
    const agreement = await makeAgreement(core, session, { due: { kind: 'date', date: '2026-10-08' }, alreadyDue: true });
    expect((await invoke(core, 'agreements.overdue', {})).map((a) => a.id)).not.toContain(agreement.id);
    expect((await invoke(core, 'agreements.overdue', { trajectoryId: closed.id })).map((a) => a.id)).toEqual([agreement.id]);
  });

  it('marks overdue agreements on the trajectory page', async () => {
    const detail = await invoke(practice.core, 'trajectories.detail', { id: trajectory.id });
    expect(new Set(detail.overdueAgreementIds)).toEqual(new Set([ids.nextSessionPassed, ids.dueLastFriday, ids.dueYesterday]));
  });
});
