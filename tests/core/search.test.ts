import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toFtsQuery } from '../../electron/core/search/ftsQuery';
import type { SearchResults, Session, Trajectory } from '../../shared/contract';
import { invoke, makeAgreement, makeClient, makeGoal, makeSession, makeTrajectory, openPractice, type TestPractice } from '../support/factories';

let practice: TestPractice;
let trajectory: Trajectory;
let session: Session;

const search = (query: string, extra: { limit?: number } = {}): Promise<SearchResults> =>
  invoke(practice.core, 'search.query', { query, ...extra });
const snippetText = (hit: { snippet: { text: string }[] }) => hit.snippet.map((p) => p.text).join('');

beforeAll(async () => {
  practice = await openPractice();
  const { core } = practice;
  const zoe = await makeClient(core, { firstName: 'Zoë', lastName: 'Ñúñez-Bakker' });
  trajectory = await makeTrajectory(core, { title: 'Traject Zoë', participants: [{ clientId: zoe.id, role: 'client' }] });
  session = await makeSession(core, trajectory, { startsAt: '2026-06-01T10:00' });
  await invoke(core, 'sessions.saveNotes', {
    id: session.id,
    summary: 'We spraken over vertrouwen en samen koken op zondag.',
    privateNotes: 'Ik merk wantrouwen bij haar; koken samen lukt nog niet.',
  });
  await makeAgreement(core, session, { text: 'Elke avond tien minuten wandelen zonder telefoon' });
  await makeGoal(core, trajectory, { title: 'Eerlijk zijn over uitgaven', description: 'Transparantie over geld' });
});
afterAll(() => practice.close());

describe('search', () => {
  it('finds notes and marks each hit as shareable or private', async () => {
    const results = await search('koken');
    expect(results.notes.map((n) => [n.sessionId, n.field, n.private])).toEqual([
      [session.id, 'summary', false],
      [session.id, 'privateNotes', true],
    ]);
    expect(results.notes[0]).toMatchObject({ trajectoryId: trajectory.id, trajectoryTitle: 'Traject Zoë', startsAt: '2026-06-01T10:00' });
  });

  it('gives snippets as plain pieces with the matches marked', async () => {
    const [hit] = (await search('vertrouwen')).notes;
    expect(hit!.snippet).toContainEqual({ text: 'vertrouwen', match: true });
    expect(snippetText(hit!)).toContain('We spraken over vertrouwen');
  });

  it('searches words as prefixes and folds diacritics both ways', async () => {
    expect((await search('vertr')).notes).toHaveLength(1);
    expect((await search('zoe')).clients.map((c) => c.name)).toEqual(['Zoë Ñúñez-Bakker']);
    expect((await search('ZOË nunez')).clients).toHaveLength(1);
    expect((await search('Zoë')).notes).toHaveLength(0);
  });

  it('searches names only while one letter is typed, and everything from the second', async () => {
    const one = await search('z');
    expect(one.namesOnly).toBe(true);
    expect(one.clients.map((c) => c.name)).toEqual(['Zoë Ñúñez-Bakker']);
    expect([...one.notes, ...one.agreements, ...one.goals]).toEqual([]);
    const w = await search('w');
    expect(w.namesOnly).toBe(true);
    expect(w.agreements).toEqual([]);
    const two = await search('wa');
    expect(two.namesOnly).toBe(false);
    expect(two.agreements).toHaveLength(1);
    expect(two.notes.map((n) => n.field)).toEqual(['privateNotes']);
    // Asked for names only, one letter is no reason to say anything was left out.
    expect((await invoke(practice.core, 'search.query', { query: 'z', kinds: ['clients'] })).namesOnly).toBe(false);
  });

  it('finds agreements and goals with the trajectory and session to go to', async () => {
    const results = await search('wandelen telefoon');
    expect(results.agreements).toEqual([
      expect.objectContaining({ trajectoryId: trajectory.id, sessionId: session.id, trajectoryTitle: 'Traject Zoë' }),
    ]);
    expect((await search('uitgaven')).goals).toEqual([expect.objectContaining({ trajectoryId: trajectory.id })]);
    expect((await search('transparantie')).goals).toHaveLength(1);
  });

  it('keeps words in double quotes together as a phrase', async () => {
    const results = await search('"samen koken"');
    expect(results.notes.map((n) => n.field)).toEqual(['summary']);
  });

  it('never fails on quotes, stars, operators or brackets in what was typed', async () => {
    for (const query of ['"', '*', 'AND (', 'NEAR(', 'koken"', '"koken', 'koken*', '-koken', 'OR', 'NOT koken', '^koken', 'summary:koken', '(((', '', '   ']) {
      const result = await practice.core.dispatch('search.query', { query });
      expect(result.ok, query).toBe(true);
    }
    expect((await search('AND (')).terms).toEqual(['AND']);
    expect((await search('koken"')).notes).toHaveLength(2);
  });

  it('turns any text into a query the index accepts', () => {
    const db = practice.core.vault.db();
    const statement = db.prepare(`SELECT count(*) FROM session_note_fts WHERE session_note_fts MATCH ?`);
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (input) => {
        const { match } = toFtsQuery(input);
        if (match !== null) expect(() => statement.get(match)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });

  it('forgets replaced words: an amendment removes the old text from the index', async () => {
    const { core } = practice;
    const other = await makeSession(core, trajectory, { startsAt: '2026-06-08T10:00' });
    await invoke(core, 'sessions.saveNotes', { id: other.id, summary: 'Over de schoonmoeder gesproken' });
    await invoke(core, 'sessions.finalise', { id: other.id });
    await invoke(core, 'sessions.amend', { id: other.id, summary: 'Over de familie gesproken' });
    expect((await search('schoonmoeder')).notes).toHaveLength(0);
    expect((await search('familie')).notes).toHaveLength(1);
  });

  it('keeps secure-delete on for every full-text index', () => {
    const db = practice.core.vault.db();
    for (const table of ['session_note_fts', 'agreement_fts', 'goal_fts', 'client_fts', 'client_search_fts', 'trajectory_fts']) {
      expect(db.prepare(`SELECT v FROM ${table}_config WHERE k = 'secure-delete'`).pluck().get(), table).toBe(1);
    }
  });

  it('finds clients by a folded name or by e-mail, newest first, with the matching words marked', async () => {
    const { core } = practice;
    await makeClient(core, { firstName: 'Ömer', lastName: 'Yılmaz' });
    await makeClient(core, { firstName: 'Yara', lastName: 'Kok', email: 'y.kok@voorbeeld.nl' });
    const omer = (await search('yil')).clients;
    expect(omer.map((c) => c.name)).toEqual(['Ömer Yılmaz']);
    expect(omer[0]!.snippet).toEqual([{ text: 'Ömer ', match: false }, { text: 'Yılmaz', match: true }]);
    expect((await search('y')).clients.map((c) => c.name)).toEqual(['Yara Kok', 'Ömer Yılmaz']);
    const byMail = (await search('voorbeeld')).clients;
    expect(byMail.map((c) => c.name)).toEqual(['Yara Kok']);
    expect(snippetText(byMail[0]!)).toBe('y.kok@voorbeeld.nl');
    expect(byMail[0]!.snippet.filter((piece) => piece.match).map((piece) => piece.text)).toEqual(['voorbeeld']);
  });

  it('says when a kind has more hits than the limit', async () => {
    const { core } = practice;
    for (let i = 0; i < 3; i++) await makeAgreement(core, session, { text: `Huiswerk ${i}: dagboek bijhouden` });
    const results = await search('dagboek', { limit: 2 });
    expect(results.agreements).toHaveLength(2);
    expect(results.more).toEqual(['agreements']);
  });
});

describe('the query built from what was typed', () => {
  it('treats the word being typed and starred words as prefixes, finished words as whole words', () => {
    expect(toFtsQuery('samen kok').match).toBe('"samen" "kok"*');
    expect(toFtsQuery('samen koken ').match).toBe('"samen" "koken"');
    expect(toFtsQuery('sam* koken ').match).toBe('"sam"* "koken"');
    expect(toFtsQuery('"samen koken" AND (').match).toBe('"samen koken" "AND"');
    expect(toFtsQuery('*"()^:-').match).toBeNull();
  });
});
