import { expect, type Browser, type Download } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { trust360 } from '../../shared/questionnaires/builtin/trust360';
import { formDataOf, sealAnswers } from '../support/answerFiles';
import { createVault, expectAccessible, notifications, onNewVault, quietScreenshot } from './helpers';

const test = onNewVault();

/** A rater at home: the form file opened offline with every request refused, filled in, the answer file saved. */
async function fillInAtHome(browser: Browser, dir: string, fileName: string, html: string, value: number): Promise<{ answers: string; requests: string[] }> {
  const file = join(dir, fileName);
  writeFileSync(file, html);
  const context = await browser.newContext({ offline: true, acceptDownloads: true, locale: 'nl-NL' });
  const requests: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:')) return route.continue();
    requests.push(url);
    return route.abort();
  });
  const rater = await context.newPage();
  await rater.goto(pathToFileURL(file).href);
  await expect(rater.getByRole('heading', { level: 1, name: '360 vertrouwen' })).toBeVisible();
  await expect(rater.getByText(/vraagt je om feedback over Noor\./)).toBeVisible();
  await expect(rater.getByText(/Alleen een gemiddelde van minstens 3 mensen/)).toBeVisible();
  await expect(rater.getByLabel('Wil je nog iets kwijt?')).toHaveCount(0);
  await expectAccessible(rater, '360 form file');
  const questions = rater.locator('fieldset').filter({ has: rater.locator('input[name^="item-"]') });
  await expect(questions).toHaveCount(12);
  await expect(questions.first()).toContainText('Deze persoon doet wat hij of zij heeft toegezegd.');
  for (let i = 0; i < 12; i++) await questions.nth(i).getByLabel(new RegExp(`^${value} `)).check();
  const downloading = rater.waitForEvent('download');
  await rater.getByRole('button', { name: 'Antwoorden opslaan' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^antwoorden-360-[0-9a-f]{6}\.json$/);
  const answers = join(dir, download.suggestedFilename());
  await download.saveAs(answers);
  await context.close();
  return { answers, requests };
}

test('a 360 round: raters, a form per rater filled in offline, answers read in, and the result only once closed', async ({ page, host, invoke, browser }) => {
  await page.setViewportSize({ width: 1366, height: 800 });
  await page.goto(host.url);
  await createVault(page);
  const noor = await invoke<{ id: number }>('clients.create', { firstName: 'Noor', lastName: 'Bakker' });
  await invoke('trajectories.create', { kind: 'individual', title: 'Leiderschap Noor', status: 'active', participants: [{ clientId: noor.id, role: 'client' }] });
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Trajecten' }).click();
  await page.getByRole('button', { name: 'Leiderschap Noor' }).click();
  const section = page.getByRole('region', { name: '360-gradenfeedback' });
  await expect(section.getByText('Er is nog geen 360-ronde in dit traject.')).toBeVisible();
  const dir = mkdtempSync(join(tmpdir(), 'traject-360-'));

  try {
    await test.step('a new round with raters; a rater without a name is refused by name', async () => {
      await section.getByRole('button', { name: 'Nieuwe 360-ronde' }).click();
      const dialog = page.getByRole('dialog', { name: 'Nieuwe 360-ronde' });
      await dialog.getByLabel('Titel').fill('360 voorjaar');
      const rater = (n: number) => dialog.getByRole('group', { name: `Beoordelaar ${n}` });
      await expect(rater(1).getByLabel('Naam of initialen')).toHaveValue('Noor');
      await expect(rater(1).getByLabel('Rol')).toHaveValue('self');
      await rater(2).getByLabel('Naam of initialen').fill('Petra');
      await dialog.getByRole('button', { name: 'Ronde maken' }).click();
      await expect(dialog.getByText('Vul bij Naam of initialen van beoordelaar 3 een naam of initialen in.')).toBeVisible();
      await expect(rater(3).getByLabel('Naam of initialen')).toBeFocused();
      await rater(3).getByLabel('Naam of initialen').fill('Jan');
      for (const [n, name] of [[4, 'Fatima'], [5, 'K.D.']] as const) {
        await dialog.getByRole('button', { name: 'Nog een beoordelaar' }).click();
        await rater(n).getByLabel('Naam of initialen').fill(name);
      }
      await rater(5).getByLabel('Taal').selectOption('en');
      await quietScreenshot(page, 'feedback360-new-round', 'view');
      await expectAccessible(page, 'new 360 round dialog');
      await dialog.getByRole('button', { name: 'Ronde maken' }).click();
      await expect(dialog).toBeHidden();
      await expect(notifications(page).getByText('De 360-ronde 360 voorjaar is gemaakt.')).toBeVisible();
      await expect(section.getByText('0 van 5 beoordelaars hebben geantwoord.')).toBeVisible();
      await expect(section.getByRole('row', { name: /Fatima/ })).toContainText('Nog geen formulier');
      await expect(section.getByText('De uitkomst verschijnt als je de ronde afsluit.')).toBeVisible();
    });

    const downloads: Download[] = [];
    await test.step('"Formulieren maken" downloads one form file per rater', async () => {
      page.on('download', (d) => downloads.push(d));
      await section.getByRole('button', { name: 'Formulieren maken' }).click();
      await expect(notifications(page).getByText(/^5 invulformulieren zijn gemaakt en gedownload\./)).toBeVisible();
      await expect.poll(() => downloads.length).toBe(5);
      expect(downloads.map((d) => d.suggestedFilename())).toEqual(
        ['noor', 'petra', 'jan', 'fatima', 'k-d'].map((label) => expect.stringMatching(new RegExp(`^360-noor-${label}-[0-9a-f]{6}\\.html$`))),
      );
      await expect(section.getByRole('row', { name: /Fatima/ })).toContainText('Wacht op antwoord');
    });
    const html = async (i: number) => readFileSync((await downloads[i]!.path())!, 'utf8');

    await test.step('the others answer through core meanwhile (sealed the same way as a form file does)', async () => {
      const values = [{ integrity: 5, ability: 4, benevolence: 5, openness: 5 }, 3, undefined, 4, { integrity: 4, ability: 4, benevolence: 3, openness: 2 }];
      for (const [i, value] of values.entries()) {
        if (value === undefined) continue;
        const answers = trust360.items.map((item) => ({ itemId: item.id, value: typeof value === 'number' ? value : value[item.subscale as keyof typeof value] }));
        await invoke('feedback360.importAnswers', { content: await sealAnswers(formDataOf({ html: await html(i) }), { answers }) });
      }
    });

    await test.step('Jan fills in his form offline; his answer file is read in, and only that he answered shows; then the round is closed', async () => {
      const { answers, requests } = await fillInAtHome(browser, dir, downloads[2]!.suggestedFilename(), await html(2), 4);
      expect(requests).toEqual([]);
      await section.getByLabel('Antwoordbestand inlezen').setInputFiles(answers);
      await expect(notifications(page).getByText('Het antwoord van Jan (Collega) is ingelezen.')).toBeVisible();
      await expect(section.getByRole('row', { name: /Jan/ })).toContainText('Antwoord binnen');
      await expect(section.getByText('5 van 5 beoordelaars hebben geantwoord.')).toBeVisible();
      await expect(section.getByText('De uitkomst verschijnt als je de ronde afsluit.')).toBeVisible();
      await section.getByLabel('Antwoordbestand inlezen').setInputFiles(answers);
      await expect(section.getByText('De antwoorden van dit invulformulier zijn al eerder ingelezen. Er is niets dubbel opgeslagen.')).toBeVisible();
      await section.getByRole('button', { name: 'Ronde afsluiten' }).click();
      await page.getByRole('alertdialog').getByRole('button', { name: 'Afsluiten' }).click();
      await expect(notifications(page).getByText('De ronde 360 voorjaar is afgesloten.')).toBeVisible();
    });

    await test.step('the result: self, the manager, three peers and all others per trust factor, and the biggest gaps in words', async () => {
      const table = section.getByRole('table', { name: /Gemiddelde per vertrouwensfactor/ });
      await expect(table.getByRole('columnheader')).toHaveText(['Vertrouwensfactor', 'Zelf', 'Leidinggevende (één persoon)', 'Collega’s', 'Alle anderen']);
      await expect(table.getByRole('row', { name: /Openheid/ })).toHaveText(/Openheid\s*5\s*1 antwoord\s*3\s*1 antwoord\s*3,33\s*3 antwoorden\s*3,25\s*4 antwoorden/);
      await expect(section.getByText('Bij Openheid ziet Noor zichzelf hoger dan anderen: 5 tegen 3,25.')).toBeVisible();
      await expect(section).not.toContainText('Petra 3');
      await expect(section.getByRole('figure', { name: 'Zelf en anderen per vertrouwensfactor' })).toBeVisible();
      await expectAccessible(page, '360 section with a result');
      await quietScreenshot(page, 'feedback360-result-1366', section);
      await page.setViewportSize({ width: 800, height: 900 });
      await quietScreenshot(page, 'feedback360-result-800', section);
      await page.setViewportSize({ width: 1366, height: 800 });
    });

    await test.step('in English the section speaks English', async () => {
      await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Instellingen' }).click();
      await page.getByRole('radio', { name: 'English' }).check();
      await page.getByRole('navigation', { name: 'Main menu' }).getByRole('button', { name: 'Programmes' }).click();
      await page.getByRole('button', { name: 'Leiderschap Noor' }).click();
      const english = page.getByRole('region', { name: '360 feedback' });
      await expect(english.getByRole('table', { name: /Average per trust factor/ }).getByRole('columnheader')).toHaveText([
        'Trust factor',
        'Self',
        'Manager (one person)',
        'Peers',
        'All others',
      ]);
      await expect(english.getByText('On Openness, Noor rates themselves higher than others do: 5 against 3.25.')).toBeVisible();
      await expectAccessible(page, '360 section in English');
      await quietScreenshot(page, 'feedback360-result-en', english);
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
