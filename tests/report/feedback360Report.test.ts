import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Audience } from '../../shared/domain/audience';
import type { Participant, Trajectory } from '../../shared/contract';
import { invoke, makeClient, makeTrajectory, openPractice, type TestPractice } from '../support/factories';
import { answerRound } from '../support/feedback360';
import { extractText, flat, makeTempDir, removeTempDirs, savePdf } from './pdfTools';

afterAll(removeTempDirs);

const raterLabels = ['Noortje zelf', 'Petra Manager', 'Jan Collega', 'Fatima Collega', 'Kees Collega', 'Ruben Medewerker'];

/** A 360 round reaches only the report of the person it is about, with only what the anonymity rule shows. */
describe('360 feedback in a report', () => {
  let practice: TestPractice;
  let team: Trajectory;
  let noor: Participant;
  let colleague: Participant;
  let sponsor: Participant;
  let dir: string;

  beforeAll(async () => {
    practice = await openPractice();
    dir = makeTempDir();
    const people = [
      { firstName: 'Noor', lastName: 'Bakker', role: 'team_member' as const },
      { firstName: 'Sem', lastName: 'de Wit', role: 'team_member' as const },
      { firstName: 'Ilse', lastName: 'Vos', role: 'sponsor' as const },
    ];
    const participants = [];
    for (const p of people) participants.push({ clientId: (await makeClient(practice.core, { firstName: p.firstName, lastName: p.lastName })).id, role: p.role });
    team = await makeTrajectory(practice.core, { kind: 'team', title: 'Team Inkoop', participants, startDate: '2026-09-01' });
    [noor, colleague, sponsor] = team.participants as [Participant, Participant, Participant];
    const round = await invoke(practice.core, 'feedback360.createRound', {
      trajectoryId: team.id,
      participantId: noor.id,
      title: '360 najaar',
      raters: (['self', 'manager', 'peer', 'peer', 'peer', 'direct_report'] as const).map((role, i) => ({ label: raterLabels[i]!, role, language: 'nl' as const })),
    });
    // One direct report with an answer of their own (1): their figure must not be found anywhere.
    await answerRound(practice.core, round, [5, 3, 4, 4, 4, 1]);
    await invoke(practice.core, 'feedback360.close', { roundId: round.id });
  });
  afterAll(() => practice.close());

  async function reportText(name: string, audience: Audience, language: 'nl' | 'en' = 'nl'): Promise<string> {
    const value = await invoke(practice.core, 'reports.export', { trajectoryId: team.id, audience, language });
    return flat(extractText(savePdf(dir, name, Buffer.from(value.pdfBase64!, 'base64'))));
  }

  it('shows Noor self, the manager as one person and all others, with the small groups hidden and no rater named', async () => {
    const text = await reportText('noor', { kind: 'participant', participantId: noor.id });
    const at = text.indexOf('360-gradenfeedback');
    expect(at).toBeGreaterThan(-1);
    const section = text.slice(at);
    expect(section).toContain('360 najaar');
    expect(section).toContain('Leidinggevende (één persoon)');
    expect(section).toContain('3,2 (5 antwoorden)');
    expect(section).toContain('te weinig antwoorden');
    expect(section).toContain('Collega’s Medewerkers Alle anderen Betrouwbaarheid 5 (1 antwoord) 3 (1 antwoord) verborgen te weinig antwoorden 3,2 (5 antwoorden)');
    // Neither the peers' mean (4 of three) nor the single direct report's 1.
    expect(section).not.toContain('(3 antwoorden)');
    expect(section).not.toMatch(/\b1 \(1 antwoord\)/);
    expect(section).toContain('Bij Betrouwbaarheid zie je jezelf hoger dan anderen je zien: 5 tegen 3,2.');
    for (const label of raterLabels) expect(text).not.toContain(label);
  });

  it('speaks English in an English report', async () => {
    const text = await reportText('noor-en', { kind: 'participant', participantId: noor.id }, 'en');
    expect(text).toContain('360 feedback');
    expect(text).toContain('Manager (one person)');
    expect(text).toContain('On Integrity, you rate yourself higher than others do: 5 against 3.2.');
  });

  it('never reaches a colleague’s, the sponsor’s or the team’s report', async () => {
    for (const [name, audience] of [
      ['sem', { kind: 'participant', participantId: colleague.id }],
      ['ilse', { kind: 'participant', participantId: sponsor.id }],
      ['team', { kind: 'joint' }],
    ] as const) {
      const text = await reportText(name, audience);
      expect(text, name).not.toContain('360-gradenfeedback');
      expect(text, name).not.toContain('360 najaar');
    }
  });

  it('reaches the joint report of an individual trajectory, whose reader is the client, and only once the round is closed', async () => {
    const single = await makeTrajectory(practice.core, { kind: 'individual', title: 'Leiderschap', startDate: '2026-09-01' });
    const round = await invoke(practice.core, 'feedback360.createRound', {
      trajectoryId: single.id,
      participantId: single.participants[0]!.id,
      title: '360 eerste ronde',
      raters: [{ label: 'Zelf', role: 'self' }, { label: 'P.', role: 'manager' }],
    });
    await answerRound(practice.core, round, [4, 2]);
    const text = async (name: string) => {
      const value = await invoke(practice.core, 'reports.export', { trajectoryId: single.id, audience: { kind: 'joint' }, language: 'nl' });
      return flat(extractText(savePdf(dir, name, Buffer.from(value.pdfBase64!, 'base64'))));
    };
    expect(await text('open')).not.toContain('360 eerste ronde');
    await invoke(practice.core, 'feedback360.close', { roundId: round.id });
    const closed = await text('closed');
    expect(closed).toContain('360 eerste ronde');
    expect(closed).toContain('2 (1 antwoord)');
  });

  it('draws pages a person can look at (tests/artifacts/screens/feedback360-report-*.png)', () => {
    const out = join(import.meta.dirname, '../artifacts/screens');
    mkdirSync(out, { recursive: true });
    execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '2', join(dir, 'noor.pdf'), join(out, 'feedback360-report')]);
    expect(readdirSync(out).filter((f) => f.startsWith('feedback360-report')).length).toBeGreaterThan(0);
  });
});
