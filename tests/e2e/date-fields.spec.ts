import { expect, type Page } from '@playwright/test';
import { addDays, localDate } from '../../shared/domain/calendar';
import { createVault, expectAccessible, onNewVault, quietScreenshot } from './helpers';

const test = onNewVault();

const today = localDate(new Date());
const dayFirst = (iso: string) => iso.split('-').reverse().join('-');
const mainMenu = (page: Page) => page.getByRole('navigation', { name: 'Hoofdmenu' });

test('each date field shows an example that fits it and has a calendar within reach of the keyboard', async ({ page, host, invoke }) => {
  await page.goto(host.url);
  await createVault(page);
  const client = await invoke<{ id: number }>('clients.create', { firstName: 'Sanne', lastName: 'de Wit' });
  await invoke('trajectories.create', { kind: 'individual', title: 'Sanne', status: 'active', participants: [{ clientId: client.id, role: 'client' }] });

  await test.step('a birth date shows a birth date as its example', async () => {
    await mainMenu(page).getByRole('button', { name: 'Cliënten' }).click();
    await page.getByRole('button', { name: 'Nieuwe cliënt' }).click();
    await expect(page.getByLabel('Geboortedatum')).toHaveAccessibleDescription('Dag-maand-jaar, bijvoorbeeld 27-11-1985');
  });

  await test.step('the calendar button follows the field, and a day chosen there is written in the field day first', async () => {
    await page.getByLabel('Geboortedatum').focus();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Kalender openen (Alt+↓)' })).toBeFocused();
    // The browser's own picker is drawn outside the page; choosing in it sets its date input.
    await page.locator('input[type="date"][data-picker-for="dateOfBirth"]').fill('1990-03-14');
    await expect(page.getByLabel('Geboortedatum')).toHaveValue('14-03-1990');
    await expect(page.getByLabel('Geboortedatum')).toBeFocused();
    await quietScreenshot(page, 'dayui-datumveld-geboortedatum');
    await expectAccessible(page, 'new client form with its date field');
    await page.getByRole('button', { name: 'Annuleren' }).click();
  });

  await test.step('planning a session shows a date next week as its example, not a birth date', async () => {
    await mainMenu(page).getByRole('button', { name: 'Trajecten' }).click();
    await page.getByRole('button', { name: 'Sanne' }).click();
    await page.getByRole('region', { name: 'Sessies' }).getByRole('button', { name: 'Sessie plannen' }).click();
    const date = page.getByRole('dialog').getByLabel('Datum');
    await expect(date).toHaveAccessibleDescription(`Dag-maand-jaar, bijvoorbeeld ${dayFirst(addDays(today, 7))}`);
    await page.keyboard.press('Escape');
  });

  await test.step('in English the example is written day/month/year', async () => {
    await mainMenu(page).getByRole('button', { name: 'Instellingen' }).click();
    await page.getByRole('radio', { name: 'English' }).check();
    await page.getByRole('navigation', { name: 'Main menu' }).getByRole('button', { name: 'Clients' }).click();
    await page.getByRole('button', { name: 'New client' }).click();
    await expect(page.getByLabel('Date of birth')).toHaveAccessibleDescription('Day/month/year, for example 27/11/1985');
    await expect(page.getByRole('button', { name: 'Open calendar (Alt+↓)' })).toBeVisible();
    await quietScreenshot(page, 'dayui-date-field-en');
  });
});
