import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client, Session, Trajectory } from '../../shared/contract';
import {
  fixedClock,
  invoke,
  makeAgreement,
  makeClient,
  makeQuestionnaireResponse,
  makeSession,
  makeTrajectory,
  openPractice,
  type TestPractice,
} from '../support/factories';

// Wednesday 25 November 2026, 10:00 local time.
let practice: TestPractice;
let anna: Client;
let bram: Client;
let couple: Trajectory;
const s: Record<string, Session> = {};
const agreements: Record<string, number> = {};

beforeAll(async () => {
  practice = await openPractice(fixedClock(new Date(2026, 10, 25, 10, 0)));
  const { core } = practice;
  anna = await makeClient(core, { firstName: 'Anna', lastName: 'de Wit' });
  bram = await makeClient(core, { firstName: 'Bram', lastName: 'Jansen' });
  couple = await makeTrajectory(core, {
    kind: 'couple',
    title: 'Anna en Bram',
    participants: [
      { clientId: anna.id, role: 'partner' },
      { clientId: bram.id, role: 'partner' },
    ],
  });
  const [pa, pb] = couple.participants as [Trajectory['participants'][number], Trajectory['participants'][number]];
  s.joint = await makeSession(core, couple, { startsAt: '2026-11-04T10:00' });
  s.annaAlone = await makeSession(core, couple, { startsAt: '2026-11-11T10:00', attendeeIds: [pa.id] });
  s.bramAlone = await makeSession(core, couple, { startsAt: '2026-11-12T10:00', attendeeIds: [pb.id] });
  s.later = await makeSession(core, couple, { startsAt: '2026-11-18T10:00' });
  s.next = await makeSession(core, couple, { startsAt: '2026-12-02T10:00', status: 'planned' });
  s.afterThat = await makeSession(core, couple, { startsAt: '2026-12-16T10:00', status: 'planned' });
  agreements.shared = (await makeAgreement(core, s.joint, { owner: { kind: 'all' }, text: 'Samen eten' })).id;
  agreements.bramsOwn = (await makeAgreement(core, s.joint, { owner: { kind: 'participant', participantId: pb.id }, text: 'Bram belt' })).id;
  agreements.annasAlone = (await makeAgreement(core, s.annaAlone, { owner: { kind: 'participant', participantId: pa.id }, text: 'Anna schrijft' })).id;
  agreements.inBramsSession = (await makeAgreement(core, s.bramAlone, { owner: { kind: 'all' }, text: 'Uit Brams sessie' })).id;
  agreements.reviewed = (await makeAgreement(core, s.joint, { owner: { kind: 'all' }, text: 'Al besproken' })).id;
  await invoke(core, 'agreements.review', { id: agreements.reviewed, sessionId: s.later.id, outcome: 'kept' });
  await makeQuestionnaireResponse(core, s.joint, pa.id, { value: 2 });
  await makeQuestionnaireResponse(core, s.later, pa.id, { value: 6 });
  await makeQuestionnaireResponse(core, s.later, pb.id, { value: 3 });
  await makeTrajectory(core, { title: 'Eerder traject', status: 'closed', participants: [{ clientId: anna.id, role: 'client' }] });
});
afterAll(() => practice.close());

describe('a client whole', () => {
  it('shows their trajectories, next and past sessions, never the partner’s individual session', async () => {
    const overview = await invoke(practice.core, 'clients.overview', { id: anna.id });
    expect(overview).toMatchObject({ archived: false, status: 'active', client: { firstName: 'Anna' } });
    expect(overview.trajectories.map((t) => [t.trajectory.title, t.trajectory.status, t.role])).toEqual(
      expect.arrayContaining([
        ['Anna en Bram', 'active', 'partner'],
        ['Eerder traject', 'closed', 'client'],
      ]),
    );
    expect(overview.nextSessions.map((x) => x.id)).toEqual([s.next!.id, s.afterThat!.id]);
    expect(overview.nextSessions[0]).toMatchObject({ trajectoryTitle: 'Anna en Bram', startsAt: '2026-12-02T10:00', status: 'planned' });
    expect(overview.pastSessions.map((x) => x.id)).toEqual([s.later!.id, s.annaAlone!.id, s.joint!.id]);
  });

  it('lists the open agreements that are hers or shared, not Bram’s own, not from his individual session, not reviewed ones', async () => {
    const overview = await invoke(practice.core, 'clients.overview', { id: anna.id });
    expect(overview.openAgreements.map((a) => a.id).sort()).toEqual([agreements.shared, agreements.annasAlone].sort());
  });

  it('gives her latest questionnaire score, and not her partner’s', async () => {
    const overview = await invoke(practice.core, 'clients.overview', { id: anna.id });
    expect(overview.latestScores).toHaveLength(1);
    expect(overview.latestScores[0]).toMatchObject({ trajectoryId: couple.id, key: 'trust-check-in', startsAt: '2026-11-18T10:00' });
    const bramsView = await invoke(practice.core, 'clients.overview', { id: bram.id });
    expect(bramsView.latestScores[0]!.responseId).not.toBe(overview.latestScores[0]!.responseId);
  });

  it('the clients list shows each client’s status and next appointment', async () => {
    const { core } = practice;
    const loner = await makeClient(core, { firstName: 'Zonder', lastName: 'Traject' });
    const gone = await makeClient(core, { firstName: 'Oud', lastName: 'Archief' });
    await invoke(core, 'clients.archive', { id: gone.id });
    const list = await invoke(core, 'clients.list', { archived: 'all', limit: 50 });
    const byId = new Map(list.items.map((c) => [c.id, c]));
    expect(byId.get(anna.id)).toMatchObject({ status: 'active', nextSession: { id: s.next!.id, trajectoryId: couple.id, startsAt: '2026-12-02T10:00' } });
    expect(byId.get(loner.id)).toMatchObject({ status: 'none', nextSession: null });
    expect(byId.get(gone.id)).toMatchObject({ status: 'archived', nextSession: null });
  });

  it('opening a client whole is written in the audit log', async () => {
    const { core } = practice;
    await invoke(core, 'clients.overview', { id: bram.id });
    const log = await invoke(core, 'audit.list', { clientId: bram.id });
    expect(log.items.map((e) => e.event)).toContain('client_opened');
  });
});
