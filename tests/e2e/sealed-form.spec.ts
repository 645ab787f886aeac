import { expect } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createVault, expectAccessible, onNewVault, screenPath } from './helpers';
import { sanneAndMark } from './couple';

const test = onNewVault();

interface Made {
  forms: { formId: string; participantId: number; html: string; fileName: string }[];
}

test('a client fills in the form file offline in Chromium; the answer file comes back in', async ({ page, host, invoke, browser }) => {
  await page.goto(host.url);
  await createVault(page);
  const { trajectoryId, sanneId } = await sanneAndMark(invoke);
  const session = await invoke<{ id: number }>('sessions.create', { trajectoryId: trajectoryId, startsAt: '2026-11-20T10:00', status: 'held' });
  await invoke('agreements.create', { sessionId: session.id, owner: { kind: 'participant', participantId: sanneId }, text: 'Ik vertel het eerlijk als ik later thuiskom', due: { kind: 'next_session' } });
  const made = await invoke<Made>('forms.create', { trajectoryId: trajectoryId, participantIds: [sanneId], questionnaireKey: 'trust-check-in', withAgreements: true });
  const form = made.forms[0]!;

  const dir = mkdtempSync(join(tmpdir(), 'traject-form-'));
  try {
    const file = join(dir, form.fileName);
    writeFileSync(file, form.html);
    // The client's browser: offline, and every request that is not the file itself refused and counted.
    const context = await browser.newContext({ offline: true, acceptDownloads: true, locale: 'nl-NL' });
    const requests: string[] = [];
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith('file:')) return route.continue();
      requests.push(url);
      return route.abort();
    });
    const client = await context.newPage();
    const blocked: string[] = [];
    client.on('console', (m) => {
      if (m.type() === 'error') blocked.push(m.text());
    });
    await client.goto(pathToFileURL(file).href);
    await expect(client.getByRole('heading', { level: 1, name: 'Vertrouwenscheck-in' })).toBeVisible();
    await expect(client.getByText('Hallo Sanne.')).toBeVisible();
    await expectAccessible(client, 'form file');

    const questions = client.locator('fieldset').filter({ has: client.locator('input[name^="item-"]') });
    await expect(questions).toHaveCount(5);
    for (const [i, value] of [7, 8, 6, 9, 8].entries()) await questions.nth(i).getByLabel(String(value), { exact: true }).check();
    await client.getByRole('group', { name: 'Ik vertel het eerlijk als ik later thuiskom' }).getByLabel('Deels nagekomen').check();
    await client.getByLabel('Wil je nog iets kwijt?').fill('Het lukte twee van de drie keer.');
    await client.screenshot({ path: screenPath('form-file-filled'), fullPage: true });

    const downloading = client.waitForEvent('download');
    await client.getByRole('button', { name: 'Antwoorden opslaan' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^antwoorden-sanne-[0-9a-f]{6}\.json$/);
    await expect(client.getByRole('status')).toContainText('Je antwoordbestand is opgeslagen');
    const answerFile = readFileSync((await download.path())!, 'utf8');
    expect(answerFile).not.toContain('eerlijk');
    expect(answerFile).not.toContain('twee van de drie');
    expect(requests).toEqual([]);
    expect(blocked).toEqual([]);
    await context.close();

    const imported = await invoke<{ response: { id: number; participantId: number; scores: { total: { score: number } } }; selfReports: { outcome: string }[]; reflection: string }>(
      'forms.importAnswers',
      { content: answerFile },
    );
    expect(imported.response.participantId).toBe(sanneId);
    expect(imported.response.scores.total.score).toBe(7.6);
    expect(imported.selfReports.map((r) => r.outcome)).toEqual(['partly_kept']);
    expect(imported.reflection).toBe('Het lukte twee van de drie keer.');
    const responses = await invoke<{ id: number; answers: Record<string, number> }[]>('questionnaires.responses', { trajectoryId: trajectoryId });
    expect(responses.find((r) => r.id === imported.response.id)?.answers).toEqual({ q1: 7, q2: 8, q3: 6, q4: 9, q5: 8 });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
