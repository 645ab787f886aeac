import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failure, invoke, makeClient, makeSession, makeTrajectory, openPractice, type TestPractice } from '../support/factories';

let practice: TestPractice;
beforeAll(async () => (practice = await openPractice()));
afterAll(() => practice.close());

describe('trajectories', () => {
  it('starts a couple trajectory with two partners, named as they prefer', async () => {
    const { core } = practice;
    const anna = await makeClient(core, { firstName: 'Johanna', preferredName: 'Anna', lastName: 'de Vries' });
    const bram = await makeClient(core, { firstName: 'Bram', lastName: 'Çelik' });
    const couple = await invoke(core, 'trajectories.create', {
      kind: 'couple',
      title: 'Relatietherapie',
      participants: [
        { clientId: anna.id, role: 'partner' },
        { clientId: bram.id, role: 'partner' },
      ],
    });
    expect(couple).toMatchObject({ kind: 'couple', status: 'intake', checkInWeeks: null, retention: { profile: 'wgbo', years: 20 } });
    expect(couple.participants.map((p) => [p.displayName, p.role])).toEqual([
      ['Anna de Vries', 'partner'],
      ['Bram Çelik', 'partner'],
    ]);
  });

  it('refuses a third partner and a role that does not fit the kind', async () => {
    const { core } = practice;
    const couple = await makeTrajectory(core, { kind: 'couple' });
    const third = await makeClient(core);
    expect(await failure(core, 'trajectories.addParticipant', { trajectoryId: couple.id, clientId: third.id, role: 'partner' })).toMatchObject({
      code: 'CONFLICT',
      reason: 'role_full',
    });
    expect(await failure(core, 'trajectories.addParticipant', { trajectoryId: couple.id, clientId: third.id, role: 'team_member' })).toMatchObject({
      code: 'INVALID_INPUT',
      reason: 'role_not_for_kind',
    });
    const withSponsor = await invoke(core, 'trajectories.addParticipant', { trajectoryId: couple.id, clientId: third.id, role: 'sponsor' });
    expect(withSponsor.participants).toHaveLength(3);
  });

  it('keeps a participant who attended sessions, marked removed; one without history is deleted', async () => {
    const { core } = practice;
    const team = await makeTrajectory(core, { kind: 'team' });
    const [first, second] = team.participants;
    await makeSession(core, team, { attendeeIds: [first!.id, team.participants[2]!.id] });
    const afterFirst = await invoke(core, 'trajectories.removeParticipant', { participantId: first!.id });
    expect(afterFirst.participants.find((p) => p.id === first!.id)!.removedAt).not.toBeNull();
    const afterSecond = await invoke(core, 'trajectories.removeParticipant', { participantId: second!.id });
    expect(afterSecond.participants.map((p) => p.id)).not.toContain(second!.id);
    expect(await failure(core, 'sessions.create', { trajectoryId: team.id, startsAt: '2026-09-01T10:00', attendeeIds: [first!.id] })).toMatchObject({
      code: 'CONFLICT',
      reason: 'participant_removed',
    });
  });

  it('keeps the file 20 years after the last change, or the term the practitioner sets', async () => {
    const { core, clock } = practice;
    clock.set('2026-11-25T10:00:00Z');
    const trajectory = await makeTrajectory(core);
    expect(trajectory.retainUntil).toBe('2046-11-25');
    clock.set('2027-03-01T10:00:00Z');
    await makeSession(core, trajectory);
    const touched = await invoke(core, 'trajectories.get', { id: trajectory.id });
    expect(touched).toMatchObject({ updatedAt: '2027-03-01T10:00:00.000Z', retainUntil: '2047-03-01' });
    const custom = await invoke(core, 'trajectories.update', { id: trajectory.id, retention: { profile: 'custom', years: 7 } });
    expect(custom).toMatchObject({ retention: { profile: 'custom', years: 7 }, retainUntil: '2034-03-01' });
    clock.set('2026-11-25T10:00:00Z');
  });

  it('finds trajectories by a participant’s name without diacritics, and leaves closed ones out by default', async () => {
    const { core } = practice;
    const zoe = await makeClient(core, { firstName: 'Zoë', lastName: 'Visser-Brouwer' });
    const open = await makeTrajectory(core, { title: 'Loopbaan', participants: [{ clientId: zoe.id, role: 'client' }] });
    const closed = await makeTrajectory(core, { title: 'Eerder', status: 'closed', participants: [{ clientId: zoe.id, role: 'client' }] });
    const found = await invoke(core, 'trajectories.list', { query: 'zoe brouw' });
    expect(found.items.map((t) => t.id)).toEqual([open.id]);
    const all = await invoke(core, 'trajectories.list', { clientId: zoe.id, status: 'all' });
    expect(all.items.map((t) => t.id).sort()).toEqual([open.id, closed.id].sort());
  });

  it('filters the list by kind', async () => {
    const { core } = practice;
    const team = await makeTrajectory(core, { kind: 'team', title: 'Teamkind' });
    await makeTrajectory(core, { kind: 'couple', title: 'Stelkind' });
    const teams = await invoke(core, 'trajectories.list', { kind: 'team', status: 'all' });
    expect(teams.items.map((t) => t.kind)).not.toContain('couple');
    expect(teams.items.map((t) => t.id)).toContain(team.id);
  });

  it('refuses an end date before the start date', async () => {
    const { core } = practice;
    const trajectory = await makeTrajectory(core, { startDate: '2026-01-10' });
    expect(await failure(core, 'trajectories.update', { id: trajectory.id, endDate: '2026-01-01' })).toMatchObject({
      field: 'endDate',
      reason: 'end_before_start',
    });
  });

  it('loads the whole trajectory page in one call', async () => {
    const { core } = practice;
    const couple = await makeTrajectory(core, { kind: 'couple' });
    const session = await makeSession(core, couple, { attendeeIds: [couple.participants[0]!.id] });
    const detail = await invoke(core, 'trajectories.detail', { id: couple.id });
    expect(detail.trajectory.id).toBe(couple.id);
    expect(detail.sessions).toEqual([expect.objectContaining({ id: session.id, individualFor: couple.participants[0]!.id })]);
    expect(detail).toMatchObject({ goals: [], agreements: [], repairPlans: [], overdueAgreementIds: [] });
    expect(detail.keptRate.overall.rate).toBeNull();
  });
});
