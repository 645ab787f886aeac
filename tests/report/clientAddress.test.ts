import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Participant, Trajectory } from '../../shared/contract';
import { failure, invoke, makeClient, makeQuestionnaireResponse, makeSession, makeTrajectory, openPractice, type TestPractice } from '../support/factories';
import { safetyAnswers } from '../support/teamAnswers';
import { extractText, flat, makeTempDir, removeTempDirs, savePdf } from './pdfTools';

afterAll(removeTempDirs);

const informal = /\b(je|jij|jou|jouw|jullie)\b/i;
const formal = /\b(u|uw)\b/;

/**
 * A practice may speak to its clients with "u". Then every Dutch document a client receives (the
 * progress report, the summary of their data, a form file) says "u" all through; by default "je".
 */
describe('how the documents a client receives address the reader', () => {
  let practice: TestPractice;
  let team: Trajectory;
  let members: Participant[];
  let dir: string;

  beforeAll(async () => {
    practice = await openPractice();
    dir = makeTempDir();
    await invoke(practice.core, 'practice.update', { name: 'Praktijk De Linde', practitionerTitle: 'teamcoach' });
    const participants = [];
    for (const firstName of ['Mohamed', 'Sanne', 'Joost']) {
      participants.push({ clientId: (await makeClient(practice.core, { firstName, lastName: 'Bakker' })).id, role: 'team_member' as const });
    }
    team = await makeTrajectory(practice.core, { kind: 'team', title: 'Team Zorgplanning', participants, startDate: '2026-09-01' });
    members = team.participants;
    const session = await makeSession(practice.core, team, { startsAt: '2026-10-15T10:00', attendeeIds: members.map((m) => m.id) });
    for (const [i, score] of [3, 4, 5].entries()) {
      await makeQuestionnaireResponse(practice.core, session, members[i]!.id, { key: 'team-psychological-safety', answers: safetyAnswers(score) });
    }
  });
  afterAll(() => practice.close());

  async function reportText(name: string): Promise<string> {
    const value = await invoke(practice.core, 'reports.export', { trajectoryId: team.id, audience: { kind: 'joint' }, language: 'nl' });
    return flat(extractText(savePdf(dir, name, Buffer.from(value.pdfBase64!, 'base64'))));
  }

  async function summaryText(name: string): Promise<string> {
    const value = await invoke(practice.core, 'exports.clientSummary', { clientId: members[1]!.clientId });
    return flat(extractText(savePdf(dir, name, Buffer.from(value.pdfBase64, 'base64'))));
  }

  async function formText(): Promise<string> {
    const { forms } = await invoke(practice.core, 'forms.create', { trajectoryId: team.id, participantIds: [members[1]!.id], questionnaireKey: 'trust-check-in' });
    // What the client reads: the page's text, not its script or style.
    return forms[0]!.html.replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/g, '').replace(/<[^>]+>/g, ' ');
  }

  it('says "je" by default, and never "u"', async () => {
    expect((await invoke(practice.core, 'practice.get', {})).clientAddress).toBe('je');
    const report = await reportText('je-report');
    expect(report).toContain('Je ziet alleen cijfers van de hele groep');
    const summary = await summaryText('je-summary');
    expect(summary).toContain('Overzicht van je gegevens');
    expect(summary).toContain('Wie je dossier heeft geopend');
    expect(summary).not.toMatch(formal);
    const form = await formText();
    expect(form).toContain('Je antwoorden blijven op je eigen computer');
    expect(form).toContain('Stuur dat bestand naar Praktijk De Linde');
    expect(form).not.toMatch(/behandelaar/i);
  });

  it('says "u" all through once the practice chose it, changing nothing else in the profile', async () => {
    const changed = await invoke(practice.core, 'practice.update', { clientAddress: 'u' });
    expect(changed).toMatchObject({ clientAddress: 'u', name: 'Praktijk De Linde', practitionerTitle: 'teamcoach' });

    const report = await reportText('u-report');
    expect(report).toContain('U ziet alleen cijfers van de hele groep');
    expect(report).not.toMatch(informal);
    const summary = await summaryText('u-summary');
    expect(summary).toContain('Overzicht van uw gegevens');
    expect(summary).toContain('Wie uw dossier heeft geopend');
    expect(summary).not.toMatch(informal);
    const form = await formText();
    expect(form).toContain('Uw antwoorden blijven op uw eigen computer');
    expect(form).not.toMatch(informal);
  });

  it('refuses a form of address that is neither, naming the field and changing nothing', async () => {
    expect(await failure(practice.core, 'practice.update', { clientAddress: 'jij' })).toMatchObject({ code: 'INVALID_INPUT', field: 'clientAddress' });
    expect((await invoke(practice.core, 'practice.get', {})).clientAddress).toBe('u');
  });
});
