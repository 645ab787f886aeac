import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Participant, Session, Trajectory } from '../../shared/contract';
import { failure, invoke, makeClient, makeSession, makeTrajectory, openPractice, type TestPractice } from '../support/factories';
import { extractText, flat, makeTempDir, pdfInfo, removeTempDirs, savePdf } from './pdfTools';

afterAll(removeTempDirs);

let practice: TestPractice;
let dir: string;
let couple: Trajectory;
let sanne: Participant;
let omer: Participant;
let sessions: Session[];

beforeAll(async () => {
  dir = makeTempDir();
  practice = await openPractice();
  const { core } = practice;
  await invoke(core, 'practice.update', { language: 'nl', practitionerName: 'Marloes IJzerman' });
  const a = await makeClient(core, { firstName: 'Sanne', lastName: 'de Vries' });
  const b = await makeClient(core, { firstName: 'Ömer', lastName: 'Yılmaz', preferredName: 'Ömer' });
  couple = await makeTrajectory(core, {
    kind: 'couple',
    title: 'Weer samen',
    participants: [
      { clientId: a.id, role: 'partner' },
      { clientId: b.id, role: 'partner' },
    ],
  });
  [sanne, omer] = couple.participants as [Participant, Participant];
  sessions = [
    await makeSession(core, couple, { startsAt: '2026-09-01T10:00' }),
    await makeSession(core, couple, { startsAt: '2026-09-08T10:00', attendeeIds: [sanne.id] }),
    await makeSession(core, couple, { startsAt: '2026-09-15T10:00' }),
    await makeSession(core, couple, { startsAt: '2026-09-22T10:00', status: 'cancelled' }),
    await makeSession(core, couple, { startsAt: '2026-09-29T10:00' }),
    // After the practice's "today" (25 November): planned, not yet part of any report.
    await makeSession(core, couple, { startsAt: '2026-12-08T10:00', status: 'planned' }),
  ];
  const summaries = ['Eerste sessie', 'Alleen met Sanne', 'Tweede gezamenlijke sessie', '', 'Derde gezamenlijke sessie 🌱', 'Nog te houden'];
  for (const [i, s] of sessions.entries()) {
    if (summaries[i]) await invoke(core, 'sessions.saveNotes', { id: s.id, summary: summaries[i] });
  }
});
afterAll(() => practice.close());

describe('the report options', () => {
  it('offer a couple’s report for both partners together and for each partner, in the chosen language', async () => {
    const nl = await invoke(practice.core, 'reports.options', { trajectoryId: couple.id, language: 'nl' });
    expect(nl.audiences).toEqual([
      { audience: { kind: 'joint' }, label: 'Sanne en Ömer samen', language: 'nl' },
      { audience: { kind: 'participant', participantId: sanne.id }, label: 'Sanne de Vries', language: 'nl' },
      { audience: { kind: 'participant', participantId: omer.id }, label: 'Ömer Yılmaz', language: 'nl' },
    ]);
    const en = await invoke(practice.core, 'reports.options', { trajectoryId: couple.id, language: 'en' });
    expect(en.audiences[0]!.label).toBe('Sanne and Ömer together');
  });

  it('list the held sessions oldest first, telling individual sessions apart', async () => {
    const options = await invoke(practice.core, 'reports.options', { trajectoryId: couple.id });
    expect(options.sessions).toEqual([
      { id: sessions[0]!.id, startsAt: '2026-09-01T10:00', kind: 'regular', individualFor: null },
      { id: sessions[1]!.id, startsAt: '2026-09-08T10:00', kind: 'regular', individualFor: sanne.id },
      { id: sessions[2]!.id, startsAt: '2026-09-15T10:00', kind: 'regular', individualFor: null },
      { id: sessions[4]!.id, startsAt: '2026-09-29T10:00', kind: 'regular', individualFor: null },
    ]);
  });

  it('start in the practice’s language and warn about characters the report cannot print', async () => {
    const options = await invoke(practice.core, 'reports.options', { trajectoryId: couple.id });
    expect(options.defaultLanguage).toBe('nl');
    expect(options.unprintable).toEqual(['🌱']);
  });

  it('start an individual trajectory’s report in the client’s own language, for the client', async () => {
    const client = await makeClient(practice.core, { firstName: 'Joanna', lastName: 'Smith', language: 'en' });
    const individual = await makeTrajectory(practice.core, { kind: 'individual', participants: [{ clientId: client.id, role: 'client' }] });
    const options = await invoke(practice.core, 'reports.options', { trajectoryId: individual.id });
    expect(options.defaultLanguage).toBe('en');
    expect(options.audiences).toEqual([{ audience: { kind: 'joint' }, label: 'Joanna Smith', language: 'en' }]);
  });

  it('offer a team’s report for the team and for each member, never for a sponsor', async () => {
    const members = [];
    for (const name of ['Anouk', 'Bas', 'Chantal']) members.push({ clientId: (await makeClient(practice.core, { firstName: name, lastName: 'Team' })).id, role: 'team_member' as const });
    const sponsor = { clientId: (await makeClient(practice.core, { firstName: 'Directeur', lastName: 'Bakker' })).id, role: 'sponsor' as const };
    const team = await makeTrajectory(practice.core, { kind: 'team', participants: [...members, sponsor] });
    const options = await invoke(practice.core, 'reports.options', { trajectoryId: team.id, language: 'nl' });
    expect(options.audiences.map((a) => a.label)).toEqual(['Het team', 'Anouk Team', 'Bas Team', 'Chantal Team']);
  });

  it('answer NOT_FOUND for a trajectory that does not exist', async () => {
    expect(await failure(practice.core, 'reports.options', { trajectoryId: 999_999 })).toMatchObject({ code: 'NOT_FOUND', field: 'trajectoryId' });
  });
});

describe('the report period', () => {
  const previewText = async (name: string, fields: Record<string, unknown>) => {
    const preview = await invoke(practice.core, 'reports.preview', { trajectoryId: couple.id, audience: { kind: 'joint' }, ...fields });
    return flat(extractText(savePdf(dir, name, Buffer.from(preview.pdfBase64, 'base64'))));
  };

  it('runs from the first chosen session to the last, both included', async () => {
    const text = await previewText('period', { fromSessionId: sessions[2]!.id, toSessionId: sessions[2]!.id });
    expect(text).toContain('Tweede gezamenlijke sessie');
    expect(text).not.toContain('Eerste sessie');
    expect(text).not.toContain('Derde gezamenlijke sessie');
    expect(text).toContain('15 september 2026');
  });

  it('runs up to the day the report is made when no last session is chosen, leaving planned sessions out', async () => {
    const text = await previewText('open-end', {});
    expect(text).toContain('Eerste sessie');
    expect(text).toContain('Derde gezamenlijke sessie');
    expect(text).not.toContain('Nog te houden');
    expect(text).toContain('1 september – 25 november 2026');
  });

  it('refuses a session of another trajectory, a period that ends before it starts, and an unknown session', async () => {
    const other = await makeTrajectory(practice.core, { kind: 'couple' });
    const elsewhere = await makeSession(practice.core, other);
    const input = { trajectoryId: couple.id, audience: { kind: 'joint' } };
    expect(await failure(practice.core, 'reports.preview', { ...input, fromSessionId: elsewhere.id })).toMatchObject({
      code: 'INVALID_INPUT',
      field: 'fromSessionId',
      reason: 'not_in_trajectory',
    });
    expect(await failure(practice.core, 'reports.preview', { ...input, fromSessionId: sessions[2]!.id, toSessionId: sessions[0]!.id })).toMatchObject({
      code: 'INVALID_INPUT',
      field: 'toSessionId',
      reason: 'period_reversed',
    });
    expect(await failure(practice.core, 'reports.export', { ...input, toSessionId: 999_999 })).toMatchObject({ code: 'NOT_FOUND', field: 'toSessionId' });
  });
});

describe('a preview', () => {
  it('renders the pages without recording an export', async () => {
    const preview = await invoke(practice.core, 'reports.preview', { trajectoryId: couple.id, audience: { kind: 'joint' } });
    const file = savePdf(dir, 'preview', Buffer.from(preview.pdfBase64, 'base64'));
    expect(preview.pageCount).toBe(Number(pdfInfo(file)['Pages']));
    expect(await invoke(practice.core, 'reports.list', { trajectoryId: couple.id })).toEqual([]);
  });
});

describe('an export', () => {
  it('suggests a file name with the audience and the period’s last day, safe on every system', async () => {
    const value = await invoke(practice.core, 'reports.export', { trajectoryId: couple.id, audience: { kind: 'participant', participantId: omer.id } });
    expect(value.fileName).toBe('Voortgangsrapport Ömer Yılmaz 2026-11-25.pdf');
    const english = await invoke(practice.core, 'reports.export', { trajectoryId: couple.id, audience: { kind: 'joint' }, language: 'en', toSessionId: sessions[2]!.id });
    expect(english.fileName).toBe('Progress report Sanne de Vries and Ömer Yılmaz 2026-09-15.pdf');
  });

  it('never puts a path in the file name, whatever the client is called', async () => {
    const client = await makeClient(practice.core, { firstName: '../../etc/CON', lastName: 'a\\b:c' });
    const trajectory = await makeTrajectory(practice.core, { kind: 'individual', participants: [{ clientId: client.id, role: 'client' }] });
    const value = await invoke(practice.core, 'reports.export', { trajectoryId: trajectory.id, audience: { kind: 'joint' } });
    expect(value.fileName).not.toMatch(/[/\\:]/);
    expect(value.fileName.endsWith('.pdf')).toBe(true);
    expect(value.fileName.length).toBeLessThanOrEqual(100);
  });

  it('records the chosen sections and period, and counts as a change of the trajectory', async () => {
    practice.clock.set('2026-11-26T09:30:00Z');
    const value = await invoke(practice.core, 'reports.export', {
      trajectoryId: couple.id,
      audience: { kind: 'joint' },
      fromSessionId: sessions[0]!.id,
      toSessionId: sessions[4]!.id,
      sections: { questionnaires: false, closing: false },
    });
    expect(value).toMatchObject({
      fromSessionId: sessions[0]!.id,
      toSessionId: sessions[4]!.id,
      periodFrom: sessions[0]!.startsAt.slice(0, 10),
      periodTo: sessions[4]!.startsAt.slice(0, 10),
      full: false,
      sections: ['cover', 'summary', 'goals', 'agreements', 'repairPlans', 'sessions'],
      passwordProtected: false,
      createdAt: '2026-11-26T09:30:00.000Z',
    });
    const [latest] = await invoke(practice.core, 'reports.list', { trajectoryId: couple.id });
    expect(latest!.id).toBe(value.id);
    const trajectory = await invoke(practice.core, 'trajectories.get', { id: couple.id });
    expect(trajectory.updatedAt).toBe('2026-11-26T09:30:00.000Z');
  });

  it('records the dates a period chosen by date ran, and that the report was the full one', async () => {
    const value = await invoke(practice.core, 'reports.export', { trajectoryId: couple.id, audience: { kind: 'joint' }, from: '2026-01-01', to: '2026-11-20', full: true });
    expect(value).toMatchObject({ fromSessionId: null, toSessionId: null, periodFrom: '2026-01-01', periodTo: '2026-11-20', full: true });
    const [latest] = await invoke(practice.core, 'reports.list', { trajectoryId: couple.id });
    expect(latest).toMatchObject({ periodFrom: '2026-01-01', periodTo: '2026-11-20', full: true });
  });

  it('refuses a short password and a participant of another trajectory', async () => {
    const input = { trajectoryId: couple.id, audience: { kind: 'joint' } };
    expect(await failure(practice.core, 'reports.export', { ...input, password: 'kort' })).toMatchObject({ code: 'INVALID_INPUT', field: 'password' });
    const other = await makeTrajectory(practice.core, { kind: 'couple' });
    expect(
      await failure(practice.core, 'reports.export', { ...input, audience: { kind: 'participant', participantId: other.participants[0]!.id } }),
    ).toMatchObject({ code: 'INVALID_INPUT', field: 'audience.participantId' });
  });
});

describe('a trajectory of 100 sessions', () => {
  it('exports through dispatch with every session in it, in an answer the loopback host sends whole', async () => {
    const long = await makeTrajectory(practice.core, { kind: 'couple', title: 'Een lang traject' });
    const goal = await invoke(practice.core, 'goals.create', { trajectoryId: long.id, title: 'Afspraken nakomen', trustFactor: 'consistency', baseline: 3, target: 8 });
    const [a, b] = long.participants as [Participant, Participant];
    for (let n = 1; n <= 100; n++) {
      const day = new Date(Date.UTC(2024, 0, 1 + 7 * n)).toISOString().slice(0, 10);
      const session = await makeSession(practice.core, long, { startsAt: `${day}T10:00` });
      await invoke(practice.core, 'sessions.saveNotes', { id: session.id, summary: `Sessie ${n}: we bespraken hoe het ging met de afspraken van de vorige keer.` });
      await invoke(practice.core, 'goals.rate', { goalId: goal.id, sessionId: session.id, participantId: a.id, value: 3 + (n % 6) });
      await invoke(practice.core, 'goals.rate', { goalId: goal.id, sessionId: session.id, participantId: b.id, value: 4 + (n % 5) });
    }
    const result = await practice.core.dispatch('reports.export', { trajectoryId: long.id, audience: { kind: 'joint' }, from: '2024-01-01', full: true });
    expect(result.ok).toBe(true);
    const value = (result as { value: { pdfBase64: string } }).value;
    const text = flat(extractText(savePdf(dir, 'hundred', Buffer.from(value.pdfBase64, 'base64'))));
    for (const n of [1, 50, 100]) expect(text).toContain(`Sessie ${n}: we bespraken`);
    // The host answers with the whole Result as JSON; it sets no limit on answers, so this only keeps an eye on the size.
    expect(JSON.stringify(result).length).toBeLessThan(4 * 1024 * 1024);
  });
});

describe('withdrawing an export that was never saved', () => {
  const request = () => ({ trajectoryId: couple.id, audience: { kind: 'joint' as const } });

  it('forgets only the newest export, and only shortly after it was made', async () => {
    const { core, clock } = practice;
    clock.set('2026-11-26T10:00:00Z');
    const older = await invoke(core, 'reports.export', request());
    const newest = await invoke(core, 'reports.export', request());
    expect(await failure(core, 'reports.discard', { id: older.id })).toMatchObject({ code: 'CONFLICT', field: 'id' });
    clock.set('2026-11-26T10:05:00Z');
    await invoke(core, 'reports.discard', { id: newest.id });
    const ids = (await invoke(core, 'reports.list', { trajectoryId: couple.id })).map((e) => e.id);
    expect(ids).toContain(older.id);
    expect(ids).not.toContain(newest.id);
    clock.set('2026-11-26T11:00:00Z');
    expect(await failure(core, 'reports.discard', { id: older.id })).toMatchObject({ code: 'CONFLICT' });
    expect(await failure(core, 'reports.discard', { id: 999_999 })).toMatchObject({ code: 'NOT_FOUND' });
  });
});
