import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failure, invoke, makeSession, makeTrajectory, openPractice, type TestPractice } from '../support/factories';

let practice: TestPractice;
beforeAll(async () => (practice = await openPractice()));
afterAll(() => practice.close());

describe('session notes', () => {
  it('keeps every finalised version when notes are amended', async () => {
    const { core, clock } = practice;
    const trajectory = await makeTrajectory(core);
    const session = await makeSession(core, trajectory);
    await invoke(core, 'sessions.saveNotes', { id: session.id, summary: 'Eerste opzet', privateNotes: 'Mijn indruk' });
    await invoke(core, 'sessions.saveNotes', { id: session.id, summary: 'Besproken: werkdruk' });
    clock.set('2026-11-25T11:00:00Z');
    const finalised = await invoke(core, 'sessions.finalise', { id: session.id });
    expect(finalised).toMatchObject({ version: 1, summary: 'Besproken: werkdruk', privateNotes: 'Mijn indruk' });
    expect(finalised.finalisedAt).toBe('2026-11-25T11:00:00.000Z');

    clock.set('2026-11-26T09:00:00Z');
    const amended = await invoke(core, 'sessions.amend', { id: session.id, summary: 'Besproken: werkdruk en slaap', reason: 'Slaap vergeten' });
    expect(amended).toMatchObject({ version: 2, summary: 'Besproken: werkdruk en slaap', privateNotes: 'Mijn indruk' });

    const history = await invoke(core, 'sessions.history', { id: session.id });
    expect(history.versions.map((v) => [v.version, v.kind, v.summary])).toEqual([
      [1, 'final', 'Besproken: werkdruk'],
      [2, 'amendment', 'Besproken: werkdruk en slaap'],
    ]);
    expect(history.amendments).toHaveLength(1);
    expect(history.amendments[0]).toMatchObject({ reason: 'Slaap vergeten', createdAt: '2026-11-26T09:00:00.000Z' });
  });

  it('refuses to overwrite finalised notes as if they were a draft', async () => {
    const { core } = practice;
    const session = await makeSession(core, await makeTrajectory(core));
    await invoke(core, 'sessions.saveNotes', { id: session.id, summary: 'Vast' });
    await invoke(core, 'sessions.finalise', { id: session.id });
    expect(await failure(core, 'sessions.saveNotes', { id: session.id, summary: 'Stiekem anders' })).toMatchObject({
      code: 'CONFLICT',
      reason: 'finalised',
    });
    expect((await invoke(core, 'sessions.get', { id: session.id })).notes.summary).toBe('Vast');
  });

  it('refuses an amendment that changes nothing, and amending a draft', async () => {
    const { core } = practice;
    const session = await makeSession(core, await makeTrajectory(core));
    expect(await failure(core, 'sessions.amend', { id: session.id, summary: 'x' })).toMatchObject({ reason: 'not_finalised' });
    await invoke(core, 'sessions.saveNotes', { id: session.id, summary: 'Zelfde' });
    await invoke(core, 'sessions.finalise', { id: session.id });
    expect(await failure(core, 'sessions.amend', { id: session.id, summary: 'Zelfde' })).toMatchObject({ reason: 'no_change' });
  });

  it('finalising the notes of a planned session marks it held', async () => {
    const { core } = practice;
    const session = await makeSession(core, await makeTrajectory(core), { status: 'planned' });
    await invoke(core, 'sessions.finalise', { id: session.id });
    expect((await invoke(core, 'sessions.get', { id: session.id })).status).toBe('held');
  });

  it('fixes the attendees once the notes are finalised', async () => {
    const { core } = practice;
    const couple = await makeTrajectory(core, { kind: 'couple' });
    const session = await makeSession(core, couple);
    await invoke(core, 'sessions.finalise', { id: session.id });
    const [a] = couple.participants;
    expect(await failure(core, 'sessions.update', { id: session.id, attendeeIds: [a!.id] })).toMatchObject({
      code: 'CONFLICT',
      field: 'attendeeIds',
    });
  });

  it('offers templates whose section headings follow the requested language', async () => {
    const { core } = practice;
    const nl = await invoke(core, 'noteTemplates.list', { language: 'nl' });
    const en = await invoke(core, 'noteTemplates.list', { language: 'en' });
    expect(nl.map((t) => t.key)).toEqual(expect.arrayContaining(['intake', 'regular', 'trust_repair', 'evaluation']));
    const repairNl = nl.find((t) => t.key === 'trust_repair')!;
    const repairEn = en.find((t) => t.key === 'trust_repair')!;
    expect(repairNl.sections.map((s) => s.heading)).toContain('Erkenning');
    expect(repairEn.sections.map((s) => s.heading)).toContain('Acknowledgement');
    expect(repairNl.skeleton.summary).toContain('Herstelacties');
    expect(repairNl.skeleton.summary).not.toContain('Dynamiek');
    expect(repairNl.skeleton.privateNotes).toContain('Dynamiek');
  });

  it('starts the notes of an intake session from the intake template', async () => {
    const { core } = practice;
    const session = await makeSession(core, await makeTrajectory(core), { kind: 'intake' });
    const workspace = await invoke(core, 'sessions.workspace', { id: session.id, language: 'en' });
    expect(workspace.notes.templateKey).toBe('intake');
    expect(workspace.template.sections[0]!.heading).toBe('Request for help');
  });
});
