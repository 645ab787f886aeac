import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Feedback360Round } from '../../shared/contract';
import { formDataOf, sealAnswers } from '../support/answerFiles';
import { traject } from '../support/cli';
import { makeTrajectory, openPractice, type TestPractice } from '../support/factories';
import { makeRound, trust360Answers } from '../support/feedback360';

let practice: TestPractice;
let round: Feedback360Round;
let vault: string;

beforeAll(async () => {
  practice = await openPractice();
  vault = join(practice.dir, 'vault');
  const trajectory = await makeTrajectory(practice.core, { kind: 'individual' });
  round = await makeRound(practice.core, trajectory.id, trajectory.participants[0]!.id, ['self', 'peer']);
  practice.core.vault.lock();
});
afterAll(() => practice.close());

describe('traject form --feedback360 and traject answers import', () => {
  it('makes one rater’s form file and reads its answer file into the round, once', async () => {
    const peer = round.raters.find((r) => r.role === 'peer')!;
    const html = join(practice.dir, '360.html');
    const made = await traject(['form', '--vault', vault, '--feedback360', String(round.id), '--rater', String(peer.id), '--out', html]);
    expect(made.code, made.stderr).toBe(0);
    expect(JSON.parse(made.stdout)).toMatchObject({ raterId: peer.id, file: html });

    const answers = join(practice.dir, 'antwoorden-360.json');
    writeFileSync(answers, await sealAnswers(formDataOf({ html: readFileSync(html, 'utf8') }), { answers: trust360Answers(4) }));
    const imported = await traject(['answers', 'import', '--vault', vault, answers]);
    expect(imported.code, imported.stderr).toBe(0);
    expect(JSON.parse(imported.stdout)).toMatchObject({ roundId: round.id, raterId: peer.id, role: 'peer' });
    const again = await traject(['answers', 'import', '--vault', vault, answers]);
    expect(JSON.parse(again.stderr || again.stdout)).toMatchObject({ ok: false, error: { code: 'CONFLICT', reason: 'already_imported' } });
  });

  it('names the missing rater', async () => {
    const made = await traject(['form', '--vault', vault, '--feedback360', String(round.id), '--out', join(practice.dir, 'x.html')]);
    expect(made.code).not.toBe(0);
    expect(made.stderr + made.stdout).toContain('rater');
  });
});
