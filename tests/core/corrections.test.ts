import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failure, fixedClock, invoke, makeAgreement, makeSession, makeTrajectory, openPractice, type TestPractice } from '../support/factories';

// Wednesday 25 November 2026, 10:00 local time.
let practice: TestPractice;
beforeAll(async () => (practice = await openPractice(fixedClock(new Date(2026, 10, 25, 10, 0)))));
afterAll(() => practice.close());

let hour = 7;
/** A couple with a held session last week and a planned one next week, each couple at its own hour. */
async function coupleWithSessions() {
  const { core } = practice;
  const couple = await makeTrajectory(core, { kind: 'couple', title: 'Sanne en Joris' });
  const at = `${String(++hour).padStart(2, '0')}:30`;
  const held = await makeSession(core, couple, { startsAt: `2026-11-18T${at}`, status: 'held' });
  const next = await makeSession(core, couple, { startsAt: `2026-12-02T${at}`, status: 'planned' });
  return { couple, held, next };
}

describe('agreements: past due dates', () => {
  it('refuses a due date before today, naming the field, and stores nothing', async () => {
    const { core } = practice;
    const { couple, held } = await coupleWithSessions();
    const input = { sessionId: held.id, owner: { kind: 'all' }, text: 'Samen koken', due: { kind: 'date', date: '2026-11-20' } };
    expect(await failure(core, 'agreements.create', input)).toMatchObject({ code: 'INVALID_INPUT', field: 'due.date', reason: 'due_in_past' });
    expect(await invoke(core, 'agreements.list', { trajectoryId: couple.id })).toEqual([]);
  });

  it('accepts a passed due date when it is deliberately marked as already due', async () => {
    const { core } = practice;
    const { held } = await coupleWithSessions();
    const agreement = await invoke(core, 'agreements.create', {
      sessionId: held.id,
      owner: { kind: 'all' },
      text: 'Samen koken',
      due: { kind: 'date', date: '2026-11-20' },
      alreadyDue: true,
    });
    expect(agreement.due).toEqual({ kind: 'date', date: '2026-11-20' });
  });

  it('never accepts a due date before the session the agreement was made in', async () => {
    const { core } = practice;
    const { held } = await coupleWithSessions();
    const input = { sessionId: held.id, owner: { kind: 'all' }, text: 'Samen koken', due: { kind: 'date', date: '2020-01-01' }, alreadyDue: true };
    expect(await failure(core, 'agreements.create', input)).toMatchObject({ field: 'due.date', reason: 'due_before_made' });
  });

  it('checks the due date of a renegotiated agreement’s replacement too', async () => {
    const { core } = practice;
    const { held, next } = await coupleWithSessions();
    const agreement = await makeAgreement(core, held);
    practice.clock.set(new Date(2026, 11, 2, 16, 0));
    await invoke(core, 'sessions.setStatus', { id: next.id, status: 'held' });
    const review = {
      id: agreement.id,
      sessionId: next.id,
      outcome: 'renegotiated',
      newAgreement: { owner: { kind: 'all' }, text: 'Eens per week samen koken', due: { kind: 'date', date: '2026-12-01' } },
    };
    const refused = await failure(core, 'agreements.review', review);
    practice.clock.set(new Date(2026, 10, 25, 10, 0));
    expect(refused).toMatchObject({ field: 'newAgreement.due.date', reason: 'due_before_made' });
  });
});

describe('agreements: correct and remove', () => {
  it('corrects a wrong due date, and the dashboard, the trajectory page and the report follow', async () => {
    const { core } = practice;
    const { couple, held } = await coupleWithSessions();
    const wrong = await makeAgreement(core, held, { text: 'Elke avond een wandeling', due: { kind: 'date', date: '2026-11-26' } });
    const dueThisWeek = async () => (await invoke(core, 'dashboard.get', {})).agreementsDue.items.map((a) => a.id);
    expect(await dueThisWeek()).toContain(wrong.id);

    const corrected = await invoke(core, 'agreements.update', { id: wrong.id, due: { kind: 'date', date: '2027-01-15' } });
    expect(corrected.due).toEqual({ kind: 'date', date: '2027-01-15' });
    expect(corrected.amendedAt).toBeNull();
    expect(await dueThisWeek()).not.toContain(wrong.id);
    const detail = await invoke(core, 'trajectories.detail', { id: couple.id });
    expect(detail.agreements.find((a) => a.id === wrong.id)!.due).toEqual({ kind: 'date', date: '2027-01-15' });
    const view = await invoke(core, 'trajectories.audienceView', { id: couple.id, audience: { kind: 'joint' } });
    expect(view.agreements.find((a) => a.id === wrong.id)!.due).toEqual({ kind: 'date', date: '2027-01-15' });
  });

  it('refuses a corrected due date in the past unless marked already due', async () => {
    const { core } = practice;
    const { held } = await coupleWithSessions();
    const agreement = await makeAgreement(core, held);
    expect(await failure(core, 'agreements.update', { id: agreement.id, due: { kind: 'date', date: '2026-11-19' } })).toMatchObject({
      field: 'due.date',
      reason: 'due_in_past',
    });
    expect((await invoke(core, 'agreements.update', { id: agreement.id, due: { kind: 'date', date: '2026-11-19' }, alreadyDue: true })).due).toEqual({
      kind: 'date',
      date: '2026-11-19',
    });
  });

  it('removes an agreement entered by mistake from the trajectory page, the dashboard and the report', async () => {
    const { core } = practice;
    const { couple, held } = await coupleWithSessions();
    const mistake = await makeAgreement(core, held, { due: { kind: 'date', date: '2026-11-27' } });
    expect(await invoke(core, 'agreements.remove', { id: mistake.id })).toEqual({ removed: true });
    expect((await invoke(core, 'trajectories.detail', { id: couple.id })).agreements.map((a) => a.id)).not.toContain(mistake.id);
    expect((await invoke(core, 'dashboard.get', {})).agreementsDue.items.map((a) => a.id)).not.toContain(mistake.id);
    const view = await invoke(core, 'trajectories.audienceView', { id: couple.id, audience: { kind: 'joint' } });
    expect(view.agreements.map((a) => a.id)).not.toContain(mistake.id);
  });

  it('does not remove a reviewed agreement, but corrects it as an amendment that keeps the earlier wording', async () => {
    const { core } = practice;
    const { couple, held, next } = await coupleWithSessions();
    const agreement = await makeAgreement(core, held, { text: 'Elke zondag bellen' });
    await invoke(core, 'sessions.setStatus', { id: next.id, status: 'held' });
    await invoke(core, 'agreements.review', { id: agreement.id, sessionId: next.id, outcome: 'kept' });
    expect(await failure(core, 'agreements.remove', { id: agreement.id })).toMatchObject({ code: 'CONFLICT', reason: 'reviewed' });

    const amended = await invoke(core, 'agreements.update', { id: agreement.id, text: 'Elke zaterdag bellen', reason: 'Verkeerde dag genoteerd' });
    expect(amended).toMatchObject({ text: 'Elke zaterdag bellen', review: { outcome: 'kept' } });
    expect(amended.amendedAt).not.toBeNull();
    expect(await invoke(core, 'agreements.history', { id: agreement.id })).toEqual([
      {
        agreementId: agreement.id,
        owner: { kind: 'all' },
        text: 'Elke zondag bellen',
        due: { kind: 'next_session' },
        reason: 'Verkeerde dag genoteerd',
        replacedAt: amended.amendedAt,
      },
    ]);
    const view = await invoke(core, 'trajectories.audienceView', { id: couple.id, audience: { kind: 'joint' } });
    expect(view.agreements.find((a) => a.id === agreement.id)!.text).toBe('Elke zaterdag bellen');
  });

  it('an open agreement corrected in place has no history', async () => {
    const { core } = practice;
    const { held } = await coupleWithSessions();
    const agreement = await makeAgreement(core, held);
    await invoke(core, 'agreements.update', { id: agreement.id, text: 'Andere woorden' });
    expect(await invoke(core, 'agreements.history', { id: agreement.id })).toEqual([]);
  });
});

describe('sessions: start, hold, reschedule, shorten, cancel', () => {
  it('starting a session at 02:30 marks it in progress only; finalising makes it held', async () => {
    const { core, clock } = practice;
    const { next } = await coupleWithSessions();
    clock.set(new Date(2026, 11, 2, 2, 30));
    const started = await invoke(core, 'sessions.start', { id: next.id });
    clock.set(new Date(2026, 10, 25, 10, 0));
    expect(started).toMatchObject({ status: 'planned' });
    expect(started.startedAt).not.toBeNull();
    const finalised = await invoke(core, 'sessions.finalise', { id: next.id });
    expect(finalised.finalisedAt).not.toBeNull();
    expect((await invoke(core, 'sessions.get', { id: next.id })).status).toBe('held');
  });

  it('marks a session held explicitly, and planned again clears its start', async () => {
    const { core } = practice;
    const { next } = await coupleWithSessions();
    await invoke(core, 'sessions.start', { id: next.id });
    expect((await invoke(core, 'sessions.setStatus', { id: next.id, status: 'planned' })).startedAt).toBeNull();
    expect((await invoke(core, 'sessions.setStatus', { id: next.id, status: 'held' })).status).toBe('held');
    expect(await failure(core, 'sessions.start', { id: next.id })).toMatchObject({ code: 'CONFLICT', reason: 'not_planned' });
  });

  it('reschedules and shortens a session; the trajectory page and the report show the new time', async () => {
    const { core } = practice;
    const { couple, next } = await coupleWithSessions();
    await invoke(core, 'sessions.update', { id: next.id, startsAt: '2026-12-03T06:00', durationMinutes: 45 });
    const detail = await invoke(core, 'trajectories.detail', { id: couple.id });
    expect(detail.sessions.find((s) => s.id === next.id)).toMatchObject({ startsAt: '2026-12-03T06:00', durationMinutes: 45 });
    const view = await invoke(core, 'trajectories.audienceView', { id: couple.id, audience: { kind: 'joint' } });
    expect(view.sessions.find((s) => s.id === next.id)).toMatchObject({ startsAt: '2026-12-03T06:00', durationMinutes: 45 });
  });

  it('cancels a session; the dashboard and the report show it as cancelled', async () => {
    const { core } = practice;
    const { couple } = await coupleWithSessions();
    const today = await makeSession(core, couple, { startsAt: '2026-11-25T22:00', status: 'planned' });
    await invoke(core, 'sessions.setStatus', { id: today.id, status: 'cancelled' });
    const dashboard = await invoke(core, 'dashboard.get', {});
    expect(dashboard.sessionsToday.find((s) => s.id === today.id)?.status).toBe('cancelled');
    const view = await invoke(core, 'trajectories.audienceView', { id: couple.id, audience: { kind: 'joint' } });
    expect(view.sessions.find((s) => s.id === today.id)?.status).toBe('cancelled');
  });
});
