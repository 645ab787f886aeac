import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Participant, Trajectory } from '../../shared/contract';
import { invoke, makeSession, makeTrajectory, openPractice, type TestPractice } from '../support/factories';
import { passphrase } from '../support/tempVault';
import { extractText, runTool } from '../report/pdfTools';

const run = promisify(execFile);
const bin = join(import.meta.dirname, '../../electron/cli/traject.mjs');

async function traject(args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], { env: { ...process.env, TRAJECT_PASSPHRASE: passphrase } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** The export records of the couple's trajectory, read through the command line like everything here. */
async function exportsRecorded(): Promise<unknown> {
  const listed = await traject(['call', 'reports.list', JSON.stringify({ trajectoryId: couple.id }), '--vault', vault]);
  expect(listed.code).toBe(0);
  return JSON.parse(listed.stdout);
}

let practice: TestPractice;
let couple: Trajectory;
let sanne: Participant;
let vault: string;

beforeAll(async () => {
  practice = await openPractice();
  vault = join(practice.dir, 'vault');
  couple = await makeTrajectory(practice.core, { kind: 'couple', title: 'Samen verder' });
  sanne = couple.participants[0]!;
  const joint = await makeSession(practice.core, couple, { startsAt: '2026-10-05T10:00' });
  const alone = await makeSession(practice.core, couple, { startsAt: '2026-10-12T10:00', attendeeIds: [sanne.id] });
  await invoke(practice.core, 'sessions.saveNotes', { id: joint.id, summary: 'Samen begonnen.', privateNotes: 'Niet voor het rapport.' });
  await invoke(practice.core, 'sessions.saveNotes', { id: alone.id, summary: 'Alleen met Sanne.' });
  // The command opens the vault itself, as it would on the practitioner's computer.
  practice.core.vault.lock();
});
afterAll(() => practice.close());

describe('traject report', () => {
  it('writes the PDF to --out and prints the export record with the hash of the file', async () => {
    const out = join(practice.dir, 'rapport.pdf');
    const result = await traject(['report', '--vault', vault, '--trajectory', String(couple.id), '--out', out]);
    expect(result.code).toBe(0);
    const record = JSON.parse(result.stdout) as Record<string, unknown>;
    const bytes = readFileSync(out);
    expect(record).toMatchObject({
      trajectoryId: couple.id,
      audience: { kind: 'joint' },
      language: 'nl',
      passwordProtected: false,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      sizeBytes: bytes.length,
    });
    expect(record).not.toHaveProperty('pdfBase64');
    const text = extractText(out);
    expect(text).toContain('Samen begonnen.');
    expect(text).not.toContain('Alleen met Sanne.');
    expect(text).not.toContain('Niet voor het rapport.');
    expect(readdirSync(practice.dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('exports for one partner, in English, behind a password read from a file', async () => {
    const out = join(practice.dir, 'sanne.pdf');
    const passwordFile = join(practice.dir, 'report-password.txt');
    writeFileSync(passwordFile, 'Sanne’s eigen wachtwoord\n');
    const result = await traject([
      'report', '--vault', vault, '--trajectory', String(couple.id), '--out', out,
      '--audience', `participant:${sanne.id}`, '--lang', 'en', '--password-file', passwordFile,
    ]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ audience: { kind: 'participant', participantId: sanne.id }, language: 'en', passwordProtected: true });
    expect(runTool('pdftotext', [out, '-']).status).not.toBe(0);
    const text = extractText(out, 'Sanne’s eigen wachtwoord');
    expect(text).toContain('Progress report');
    expect(text).toContain('Alleen met Sanne.');
  });

  it('takes every choice of the report builder: period, sections, intro, closing words and the full report', async () => {
    const out = join(practice.dir, 'keuzes.pdf');
    const introFile = join(practice.dir, 'inleiding.txt');
    const closingFile = join(practice.dir, 'afsluiting.txt');
    writeFileSync(introFile, 'Jullie kwamen in oktober.\n');
    writeFileSync(closingFile, 'Mooi begin gemaakt.\n\n- Over drie weken een evaluatie.\n- Samen de afspraken doorlezen.\n');
    const result = await traject([
      'report', '--vault', vault, '--trajectory', String(couple.id), '--out', out,
      '--from', '2026-10-01', '--to', '2026-10-10', '--sections', 'cover,summary,sessions,closing',
      '--intro-file', introFile, '--closing-file', closingFile, '--full',
    ]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ sections: ['cover', 'summary', 'sessions', 'closing'] });
    const text = extractText(out).replace(/\s+/g, ' ');
    expect(text).toContain('PERIODE 1–10 oktober 2026');
    expect(text).toContain('Jullie kwamen in oktober.');
    expect(text).toContain('Mooi begin gemaakt.');
    expect(text).toContain('1. Over drie weken een evaluatie.');
    expect(text).toContain('2. Samen de afspraken doorlezen.');
    expect(text).toContain('Samen begonnen.');
    expect(text).not.toContain('Nakomingspercentage');
    expect(text).not.toContain('Vragenlijsten');
  });

  it('names the option when a section or a date is not one it knows', async () => {
    const out = join(practice.dir, 'fout-onderdeel.pdf');
    const sections = await traject(['report', '--vault', vault, '--trajectory', String(couple.id), '--out', out, '--sections', 'goals,grafieken']);
    expect(sections.code).toBe(1);
    expect(JSON.parse(sections.stdout)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'sections' } });
    const date = await traject(['report', '--vault', vault, '--trajectory', String(couple.id), '--out', out, '--from', '2026-13-01']);
    expect(date.code).toBe(1);
    expect(JSON.parse(date.stdout)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'from' } });
    expect(existsSync(out)).toBe(false);
  });

  it('refuses an audience it cannot read, with the error JSON and no file', async () => {
    const out = join(practice.dir, 'fout.pdf');
    const result = await traject(['report', '--vault', vault, '--trajectory', String(couple.id), '--out', out, '--audience', 'sanne']);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'audience' } });
    expect(existsSync(out)).toBe(false);
  });

  it('says the folder of --out does not exist, and records no export', async () => {
    const before = await exportsRecorded();
    const result = await traject(['report', '--vault', vault, '--trajectory', String(couple.id), '--out', '/no/such/dir/x.pdf']);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', field: 'out', reason: 'no_such_folder', message: '--out: the folder /no/such/dir does not exist; nothing was exported.' },
    });
    expect(await exportsRecorded()).toEqual(before);
  });

  it('withdraws the export record when the file itself cannot be written', async () => {
    // The folder is there, but --out names a folder: the write fails after the export was made.
    const taken = join(practice.dir, 'al-een-map.pdf');
    mkdirSync(taken);
    const before = await exportsRecorded();
    const result = await traject(['report', '--vault', vault, '--trajectory', String(couple.id), '--out', taken]);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'out', reason: 'not_saved' } });
    expect(await exportsRecorded()).toEqual(before);
  });
});
