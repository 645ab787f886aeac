import { expect, type Browser } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createVault, expectAccessible, notifications, onNewVault, quietScreenshot } from './helpers';
import { sanneAndMark } from './couple';
import { addDays, localDate } from '../../shared/domain/calendar';

const test = onNewVault();

/** The client at home: the form file opened offline, filled in, and the answer file saved. */
async function fillInAtHome(browser: Browser, dir: string, fileName: string, html: string): Promise<string> {
  const file = join(dir, fileName);
  writeFileSync(file, html);
  const context = await browser.newContext({ offline: true, acceptDownloads: true, locale: 'nl-NL' });
  const client = await context.newPage();
  await client.goto(pathToFileURL(file).href);
  const questions = client.locator('fieldset').filter({ has: client.locator('input[name^="item-"]') });
  for (const [i, value] of [6, 7, 7, 8, 6].entries()) await questions.nth(i).getByLabel(String(value), { exact: true }).check();
  await client.getByRole('group', { name: 'Elke avond tien minuten samen praten' }).getByLabel('Nagekomen', { exact: true }).check();
  const downloading = client.waitForEvent('download');
  await client.getByRole('button', { name: 'Antwoorden opslaan' }).click();
  const answers = join(dir, (await downloading).suggestedFilename());
  await (await downloading).saveAs(answers);
  await context.close();
  return answers;
}

test('a questionnaire is sent as a form file from the trajectory page, and its answer file is read in there', async ({ page, host, invoke, browser }) => {
  await page.goto(host.url);
  await createVault(page);
  const { trajectoryId, sanneId } = await sanneAndMark(invoke);
  const session = await invoke<{ id: number }>('sessions.create', { trajectoryId: trajectoryId, startsAt: '2026-11-20T10:00', status: 'held' });
  await invoke('agreements.create', { sessionId: session.id, owner: { kind: 'participant', participantId: sanneId }, text: 'Elke avond tien minuten samen praten', due: { kind: 'next_session' } });

  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Trajecten' }).click();
  await page.getByRole('button', { name: 'Sanne en Mark' }).click();
  const section = page.getByRole('region', { name: 'Invulformulieren' });
  await expect(section.getByText('Er zijn nog geen invulformulieren gemaakt voor dit traject.')).toBeVisible();
  const dir = mkdtempSync(join(tmpdir(), 'traject-give-'));

  try {
    let formFile = '';
    let formHtml = '';
    await test.step('"Vragenlijst meegeven" asks for whom; no one chosen is refused by name', async () => {
      await section.getByRole('button', { name: 'Vragenlijst meegeven' }).click();
      const dialog = page.getByRole('dialog', { name: 'Vragenlijst meegeven' });
      await expect(dialog.getByLabel('Vragenlijst')).toHaveValue('trust-check-in');
      // The team scale does not fit a couple.
      await expect(dialog.getByLabel('Vragenlijst').locator('option', { hasText: 'Psychologische veiligheid' })).toHaveCount(0);
      await dialog.getByRole('checkbox', { name: /Sanne de Vries/ }).uncheck();
      await dialog.getByRole('checkbox', { name: /Mark Jansen/ }).uncheck();
      await dialog.getByRole('button', { name: 'Formulieren maken' }).click();
      await expect(dialog.getByText('Kies bij Voor wie minstens één deelnemer.')).toBeVisible();
      await expect(dialog.getByRole('checkbox', { name: /Sanne de Vries/ })).toBeFocused();
      await dialog.getByRole('checkbox', { name: /Sanne de Vries/ }).check();
      await quietScreenshot(page, 'forms-vragenlijst-meegeven', 'view');
      await expectAccessible(page, 'give a questionnaire dialog');
      const downloading = page.waitForEvent('download');
      await dialog.getByRole('button', { name: 'Formulieren maken' }).click();
      const download = await downloading;
      formFile = download.suggestedFilename();
      expect(formFile).toMatch(/^vragenlijst-sanne-[0-9a-f]{6}\.html$/);
      formHtml = readFileSync((await download.path())!, 'utf8');
      await expect(dialog).toBeHidden();
      await expect(notifications(page).getByText('Het invulformulier is gemaakt en gedownload. Stuur het naar Sanne.')).toBeVisible();
      await expect(section.getByRole('row', { name: /Sanne de Vries/ })).toContainText('Wacht op antwoord');
    });

    const answers = await fillInAtHome(browser, dir, formFile, formHtml);

    await test.step('a damaged answer file is refused, and nothing is stored', async () => {
      const damaged = join(dir, 'beschadigd.json');
      const text = readFileSync(answers, 'utf8');
      writeFileSync(damaged, text.replace(/"ciphertext":"(.)/, (_, c: string) => `"ciphertext":"${c === 'A' ? 'B' : 'A'}`));
      await section.getByLabel('Antwoordbestand inlezen').setInputFiles(damaged);
      await expect(section.getByText(/^Dit antwoordbestand is niet te lezen\./)).toBeVisible();
      expect(await invoke<unknown[]>('questionnaires.responses', { trajectoryId: trajectoryId })).toHaveLength(0);
      await expect(section.getByRole('row', { name: /Sanne de Vries/ })).toContainText('Wacht op antwoord');
    });

    await test.step('the answer file is read in; the form shows it came back', async () => {
      await section.getByLabel('Antwoordbestand inlezen').setInputFiles(answers);
      await expect(notifications(page).getByText('De antwoorden van Sanne de Vries op Vertrouwenscheck-in zijn ingelezen.')).toBeVisible();
      await expect(notifications(page).getByText('Sanne de Vries gaf bij 1 afspraak aan hoe het ging', { exact: false })).toBeVisible();
      await expect(section.getByRole('row', { name: /Sanne de Vries/ })).toContainText('Ingelezen');
      await quietScreenshot(page, 'forms-invulformulieren', section);
      await expectAccessible(page, 'form files section');
    });

    await test.step('the same file again is refused, with nothing stored twice', async () => {
      await section.getByLabel('Antwoordbestand inlezen').setInputFiles(answers);
      await expect(section.getByText('De antwoorden van dit invulformulier zijn al eerder ingelezen. Er is niets dubbel opgeslagen.')).toBeVisible();
      expect(await invoke<unknown[]>('questionnaires.responses', { trajectoryId: trajectoryId })).toHaveLength(1);
    });
    await test.step('in the next session, what Sanne said at home stands beside the agreement to review', async () => {
      // Tomorrow morning: a session still to come whatever the time of day the test runs.
      const next = await invoke<{ id: number }>('sessions.create', { trajectoryId, startsAt: `${addDays(localDate(new Date()), 1)}T10:00` });
      await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Trajecten' }).click();
      await page.getByRole('button', { name: 'Sanne en Mark' }).click();
      // The page may first show what it had before; the new session's own button is awaited.
      const tomorrow = Number(addDays(localDate(new Date()), 1).slice(8, 10));
      await page.getByRole('region', { name: 'Sessies' }).getByRole('button', { name: new RegExp(`^(ma|di|wo|do|vr|za|zo) ${tomorrow} `) }).first().click();
      const review = page.getByRole('region', { name: '1. Afspraken bespreken' });
      const card = review.getByRole('listitem').filter({ hasText: 'Elke avond tien minuten samen praten' });
      await expect(card.getByText(/^Sanne de Vries gaf in het invulformulier aan: nagekomen \(op /)).toBeVisible();
      await quietScreenshot(page, 'forms-zelf-aangegeven', card);
      expect(next.id).toBeGreaterThan(0);
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
