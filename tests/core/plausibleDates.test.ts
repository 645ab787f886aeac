import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failure, invoke, makeClient, makeTrajectory, openPractice, type TestPractice } from '../support/factories';

let practice: TestPractice;
beforeAll(async () => (practice = await openPractice()));
afterAll(() => practice.close());

const localToday = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

describe('dates are checked for existence and plausibility, naming the field', () => {
  it.each([
    ['2030-05-01', 'date_in_future'],
    ['1850-02-03', 'date_too_early'],
    ['2026-02-30', 'date'],
    ['30-05-1980', 'date'],
  ])('refuses the birth date %s (%s) and stores no client', async (dateOfBirth, reason) => {
    const { core } = practice;
    const before = (await invoke(core, 'clients.list', { archived: 'all' })).total;
    expect(await failure(core, 'clients.create', { firstName: 'Eva', lastName: 'Smit', dateOfBirth })).toMatchObject({
      code: 'INVALID_INPUT',
      field: 'dateOfBirth',
      reason,
    });
    expect((await invoke(core, 'clients.list', { archived: 'all' })).total).toBe(before);
  });

  it('accepts a birth date of today and an empty one, and refuses a future one on update too', async () => {
    const { core } = practice;
    const client = await makeClient(core, { dateOfBirth: localToday() });
    expect(client.dateOfBirth).toBe(localToday());
    expect((await invoke(core, 'clients.update', { id: client.id, dateOfBirth: '' })).dateOfBirth).toBe('');
    expect(await failure(core, 'clients.update', { id: client.id, dateOfBirth: '2099-01-01' })).toMatchObject({ field: 'dateOfBirth', reason: 'date_in_future' });
  });

  it('refuses a session in 1900 or in 2100, a due date in 1999 and a trajectory start in 1900', async () => {
    const { core } = practice;
    const t = await makeTrajectory(core);
    expect(await failure(core, 'sessions.create', { trajectoryId: t.id, startsAt: '1900-01-01T10:00' })).toMatchObject({
      field: 'startsAt',
      reason: 'date_out_of_range',
    });
    expect(await failure(core, 'sessions.create', { trajectoryId: t.id, startsAt: '2100-01-01T10:00' })).toMatchObject({ reason: 'date_out_of_range' });
    expect(await failure(core, 'sessions.create', { trajectoryId: t.id, startsAt: '2026-02-29T10:00' })).toMatchObject({ reason: 'local_date_time' });
    expect(
      await failure(core, 'agreements.create', { sessionId: 1, owner: { kind: 'all' }, text: 'x', due: { kind: 'date', date: '1999-12-31' } }),
    ).toMatchObject({ field: 'due.date', reason: 'date_out_of_range' });
    expect(await failure(core, 'trajectories.update', { id: t.id, startDate: '1900-01-01' })).toMatchObject({ field: 'startDate', reason: 'date_out_of_range' });
  });
});
