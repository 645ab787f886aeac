import { expect } from '@playwright/test';
import { createVault, expectAccessible, onNewVault, screenshot } from './helpers';

const test = onNewVault();

test('a client is added from the keyboard and archived after a question', async ({ page, host, cspViolations }) => {
  await test.step('a new vault', async () => {
    await page.goto(host.url);
    await createVault(page);
  });

  await test.step('Ctrl+N on the clients screen opens a new client form', async () => {
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Cliënten' }).click();
    await expect(page.getByRole('heading', { name: 'Cliënten', level: 1 })).toBeFocused();
    await page.keyboard.press('Control+n');
    await expect(page.getByRole('heading', { name: 'Nieuwe cliënt' })).toBeVisible();
    await expect(page.getByLabel('Voornaam')).toBeFocused();
  });

  await test.step('a date that does not exist and a broken email address are named in Dutch', async () => {
    await page.getByLabel('Voornaam').fill('Sanne');
    await page.getByLabel('Achternaam').fill('de Wit');
    await page.getByLabel('Geboortedatum').fill('31-02-1985');
    await page.getByLabel('E-mailadres').fill('sanne@');
    await page.getByRole('button', { name: 'Cliënt toevoegen' }).click();
    await expect(page.getByText('Geboortedatum: vul een bestaande datum in.')).toBeVisible();
    await expect(page.getByText('E-mailadres: vul een geldig adres in, zoals naam@praktijk.nl.')).toBeVisible();
    await expect(page.getByLabel('Geboortedatum')).toBeFocused();
  });

  await test.step('fixed, the client is saved and keeps the date as typed', async () => {
    await page.getByLabel('Geboortedatum').fill('14-3-1985');
    await page.getByLabel('E-mailadres').fill('sanne@dewit.nl');
    await page.getByRole('button', { name: 'Cliënt toevoegen' }).click();
    await page.getByRole('button', { name: 'Sanne de Wit' }).click();
    await expect(page.getByRole('heading', { name: 'Sanne de Wit' })).toBeVisible();
    await expect(page.getByLabel('Geboortedatum')).toHaveValue('14-03-1985');
  });

  await test.step('Escape closes the archive question and nothing changes', async () => {
    await page.getByRole('button', { name: 'Archiveren' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Sanne de Wit archiveren?' });
    await expect(dialog).toBeVisible();
    await screenshot(page, '09-archiveren-bevestigen');
    await expectAccessible(page, 'archive question');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(page.getByText(/Deze cliënt is gearchiveerd/)).toBeHidden();
  });

  await test.step('confirming archives the client; the list then says where to find her', async () => {
    await page.getByRole('button', { name: 'Archiveren' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Archiveren' }).click();
    await expect(page.getByText(/Deze cliënt is gearchiveerd op \d+ \w+ \d{4}\./)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Uit archief halen' })).toBeVisible();
    await page.getByRole('button', { name: 'Terug naar cliënten' }).click();
    await expect(page.getByText(/Alle cliënten zijn gearchiveerd/)).toBeVisible();
    await page.getByRole('checkbox', { name: 'Ook gearchiveerde cliënten tonen' }).check();
    const row = page.getByRole('row', { name: /Sanne de Wit/ });
    await expect(row.getByText('Gearchiveerd')).toBeVisible();
    await screenshot(page, '10-gearchiveerde-client');
    await expectAccessible(page, 'clients list with archived clients');
  });

  await test.step('the Content Security Policy never had to block anything', async () => {
    expect(cspViolations).toEqual([]);
  });
});
