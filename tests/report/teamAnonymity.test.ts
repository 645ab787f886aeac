import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Participant, Trajectory } from '../../shared/contract';
import { invoke, makeClient, makeQuestionnaireResponse, makeSession, makeTrajectory, openPractice, type TestPractice } from '../support/factories';
import { safetyAnswers } from '../support/teamAnswers';
import { extractText, flat, makeTempDir, removeTempDirs, savePdf } from './pdfTools';

afterAll(removeTempDirs);

/** A team report prints a psychological-safety survey as group figures only, never a name next to a score. */
describe('a team report and its anonymous survey', () => {
  let practice: TestPractice;
  let team: Trajectory;
  let members: Participant[];
  let dir: string;
  const firstNames = ['Mohamed', 'Sanne', 'Joost', 'Fatma'];

  beforeAll(async () => {
    practice = await openPractice();
    dir = makeTempDir();
    const participants = [];
    for (const [i, firstName] of firstNames.entries()) {
      participants.push({ clientId: (await makeClient(practice.core, { firstName, lastName: ['El Amrani', 'de Vries', 'Bakker', 'Yıldız'][i]! })).id, role: 'team_member' as const });
    }
    team = await makeTrajectory(practice.core, { kind: 'team', title: 'Team Zorgplanning', participants, startDate: '2026-09-01' });
    members = team.participants;
  });
  afterAll(() => practice.close());

  /** The questionnaires section as a reader copies it: from its heading to the end. */
  async function questionnaireSection(name: string, language: 'nl' | 'en' = 'nl'): Promise<string> {
    const value = await invoke(practice.core, 'reports.export', { trajectoryId: team.id, audience: { kind: 'joint' }, language });
    const lines = extractText(savePdf(dir, name, Buffer.from(value.pdfBase64!, 'base64'))).split('\n');
    // The running header and footer name the report's readers on every page; the body is what counts here.
    const body = lines.filter((line) => !/^(Voortgangsrapport|Progress report) · |^(Vertrouwelijk|Confidential) · /.test(line.trim()));
    const text = flat(body.join('\n'));
    const heading = language === 'nl' ? 'Vragenlijsten' : 'Questionnaires';
    const at = text.lastIndexOf(heading);
    expect(at).toBeGreaterThan(-1);
    return text.slice(at);
  }

  it('prints no figures when only two members answered', async () => {
    const session = await makeSession(practice.core, team, { startsAt: '2026-09-15T10:00', attendeeIds: members.map((m) => m.id) });
    for (const [i, score] of [2, 6].entries()) {
      await makeQuestionnaireResponse(practice.core, session, members[i]!.id, { key: 'team-psychological-safety', answers: safetyAnswers(score) });
    }
    const section = await questionnaireSection('two-answers');
    expect(section).toContain('Te weinig antwoorden op 15 september 2026');
    expect(section).not.toContain('Teamgemiddelde');
    for (const name of firstNames) expect(section).not.toContain(name);
  });

  it('prints only the group’s figures once three answered, in Dutch and English', async () => {
    const session = await makeSession(practice.core, team, { startsAt: '2026-10-15T10:00', attendeeIds: members.map((m) => m.id) });
    for (const [i, score] of [3, 4, 5].entries()) {
      await makeQuestionnaireResponse(practice.core, session, members[i]!.id, { key: 'team-psychological-safety', answers: safetyAnswers(score) });
    }
    const nl = await questionnaireSection('three-answers-nl');
    expect(nl).toContain('Teamgemiddelde');
    expect(nl).toContain('Laatste keer: 3 antwoorden, gemiddeld 4.');
    expect(nl).toContain('minstens 3 mensen');
    for (const name of firstNames) expect(nl).not.toContain(name);

    const en = await questionnaireSection('three-answers-en', 'en');
    expect(en).toContain('Team average');
    expect(en).toContain('Last time: 3 responses, average 4.');
    for (const name of firstNames) expect(en).not.toContain(name);
  });
});
