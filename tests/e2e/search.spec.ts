import { expect, type Page } from '@playwright/test';
import { expectAccessible, onNewVault, passphrase, screenshot } from './helpers';

const test = onNewVault();

const mainMenu = (page: Page) => page.getByRole('navigation', { name: 'Hoofdmenu' });

test('a new vault with the sample practice can be searched from the page and with Ctrl+K', async ({ page, host, cspViolations }) => {
  await test.step('the first-run screen offers to start with a sample practice', async () => {
    await page.goto(host.url);
    await expect(page.getByRole('heading', { name: 'Welkom bij Traject' })).toBeVisible();
    await page.getByLabel(/^Wachtwoordzin/).fill(passphrase);
    await page.getByLabel('Herhaal de wachtwoordzin').fill(passphrase);
    const sample = page.getByRole('checkbox', { name: 'Start met een voorbeeldpraktijk' });
    await expect(sample).toHaveAccessibleDescription(/verzonnen cliënten, trajecten en sessies/);
    await sample.check();
    await screenshot(page, '38-nieuwe-kluis-voorbeeldpraktijk');
    await expectAccessible(page, 'create vault with the sample practice');
    await page.getByRole('button', { name: 'Kluis aanmaken' }).click();
    await expect(page.getByRole('heading', { name: 'Je herstelsleutel' })).toBeVisible({ timeout: 30_000 });
    await page.getByRole('checkbox', { name: /Ik heb de herstelsleutel bewaard/ }).check();
    await page.getByRole('button', { name: 'Verder naar Traject' }).click();
    await expect(mainMenu(page)).toBeVisible();
  });

  await test.step('the search page finds clients and notes, and marks private-note hits', async () => {
    await mainMenu(page).getByRole('button', { name: 'Zoeken' }).click();
    await expect(mainMenu(page).getByRole('button', { name: 'Zoeken' })).toHaveAttribute('aria-current', 'page');
    const field = page.getByRole('searchbox', { name: 'Zoeken in je praktijk' });
    await expect(field).toBeFocused();
    await expect(page.getByText('Typ een naam of een woord uit een notitie, afspraak of doel.')).toBeVisible();
    await field.fill('sanne');
    const clients = page.getByRole('region', { name: /^Cliënten/ });
    await expect(clients.getByRole('button', { name: /Sanne de Vries/ })).toBeVisible();
    const notes = page.getByRole('region', { name: /^Sessies en notities/ });
    await expect(notes.getByRole('button', { name: /Privénotitie/ }).first()).toBeVisible();
    await expect(notes.getByRole('button', { name: /gedeelde samenvatting/ }).first()).toBeVisible();
    await expect(notes.locator('mark').first()).toHaveText(/^sanne$/i);
    await screenshot(page, '39-zoekpagina');
    await expectAccessible(page, 'search page with results');
    await field.fill('xyzzy');
    await expect(page.getByRole('heading', { name: 'Niets gevonden' })).toBeVisible();
    await field.fill('sanne');
    await clients.getByRole('button', { name: /Sanne de Vries/ }).click();
    await expect(page.getByRole('heading', { name: 'Sanne de Vries', level: 1 })).toBeVisible();
  });

  await test.step('Ctrl+K from a client page: a private-note hit opens its session', async () => {
    await page.keyboard.press('Control+k');
    const palette = page.getByRole('dialog', { name: 'Zoeken' });
    await palette.getByRole('combobox').fill('afbetalingsregeling');
    const results = palette.getByRole('listbox', { name: 'Zoekresultaten' });
    await expect(results.getByRole('group', { name: 'Sessies en notities' }).getByRole('option', { name: /Privénotitie/ })).toHaveCount(1);
    await expect(results.getByRole('group', { name: 'Afspraken' }).getByRole('option')).toHaveCount(1);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await expect(results.getByRole('option', { name: /Privénotitie/ })).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Enter');
    await expect(palette).toBeHidden();
    await expect(page.getByRole('heading', { level: 1, name: /^Sessie van / })).toBeVisible();
    const notes = page.getByRole('region', { name: '3. Notities' });
    await expect(notes.getByText(/afbetalingsregeling/)).toBeVisible();
    await expectAccessible(page, 'a finalised session from the sample practice');
  });

  await test.step('the palette’s "open the search page" carries the query over', async () => {
    await page.keyboard.press('Control+k');
    const palette = page.getByRole('dialog', { name: 'Zoeken' });
    await palette.getByRole('combobox').fill('vertrouwen');
    await palette.getByRole('button', { name: /zoekpagina/i }).click();
    await expect(palette).toBeHidden();
    await expect(page.getByRole('searchbox', { name: 'Zoeken in je praktijk' })).toHaveValue('vertrouwen');
    await expect(page.getByRole('region', { name: /^Sessies en notities/ }).getByRole('button').first()).toBeVisible();
  });

  expect(cspViolations).toEqual([]);
});
