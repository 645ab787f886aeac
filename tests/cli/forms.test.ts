import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Participant, Trajectory } from '../../shared/contract';
import { formDataOf, sealAnswers } from '../support/answerFiles';
import { makeTrajectory, openPractice, type TestPractice } from '../support/factories';
import { passphrase } from '../support/tempVault';

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

let practice: TestPractice;
let couple: Trajectory;
let sanne: Participant;
let vault: string;

beforeAll(async () => {
  practice = await openPractice();
  vault = join(practice.dir, 'vault');
  couple = await makeTrajectory(practice.core, { kind: 'couple', title: 'Samen verder' });
  sanne = couple.participants[0]!;
  practice.core.vault.lock();
});
afterAll(() => practice.close());

describe('traject form and traject answers import', () => {
  it('makes a form file, imports its answer file once, and refuses it the second time', async () => {
    const html = join(practice.dir, 'vragenlijst.html');
    const made = await traject(['form', '--vault', vault, '--trajectory', String(couple.id), '--participant', String(sanne.id), '--questionnaire', 'trust-check-in', '--out', html, '--agreements']);
    expect(made.code, made.stderr).toBe(0);
    const printed = JSON.parse(made.stdout) as { formId: string; file: string };
    expect(printed.file).toBe(html);
    const data = formDataOf({ html: readFileSync(html, 'utf8') });
    expect(data.formId).toBe(printed.formId);

    const answers = join(practice.dir, 'antwoorden.json');
    writeFileSync(answers, await sealAnswers(data, { answers: ['q1', 'q2', 'q3', 'q4', 'q5'].map((itemId) => ({ itemId, value: 6 })) }));
    const imported = await traject(['answers', 'import', '--vault', vault, answers]);
    expect(imported.code, imported.stderr).toBe(0);
    const result = JSON.parse(imported.stdout) as { response: { participantId: number; key: string; scores: { total: { score: number } } } };
    expect(result.response).toMatchObject({ participantId: sanne.id, key: 'trust-check-in', scores: { total: { score: 6 } } });

    const again = await traject(['answers', 'import', '--vault', vault, answers]);
    expect(again.code).not.toBe(0);
    expect(JSON.parse(again.stderr || again.stdout)).toMatchObject({ ok: false, error: { code: 'CONFLICT', reason: 'already_imported' } });
  });
});
