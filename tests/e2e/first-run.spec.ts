import { expect } from '@playwright/test';
import { expectAccessible, notifications, onNewVault, passphrase, screenshot } from './helpers';

const test = onNewVault();

test('a practitioner sets up a vault, adds a client, switches language, locks and unlocks', async ({ page, host, cspViolations }) => {
  await test.step('the first screen, in Dutch, asks for a passphrase for a new vault', async () => {
    await page.goto(host.url);
    await expect(page.getByRole('heading', { name: 'Welkom bij Traject' })).toBeVisible();
    expect(page.url(), 'the token leaves the address bar').not.toContain('token=');
    await expectAccessible(page, 'create vault');
  });

  await test.step('a passphrase that is too short is refused, in Dutch', async () => {
    await page.getByLabel(/^Wachtwoordzin/).fill('kort');
    await page.getByLabel('Herhaal de wachtwoordzin').fill('kort');
    await page.getByRole('button', { name: 'Kluis aanmaken' }).click();
    await expect(page.getByText('De wachtwoordzin moet minstens 10 tekens hebben.')).toBeVisible();
    await expect(page.getByLabel(/^Wachtwoordzin/)).toBeFocused();
  });

  await test.step('creating the vault shows the recovery key once', async () => {
    await page.getByLabel(/^Wachtwoordzin/).fill(passphrase);
    await page.getByLabel('Herhaal de wachtwoordzin').fill(passphrase);
    await expect(page.getByText('Sterkte: sterk')).toBeVisible();
    await screenshot(page, '01-kluis-aanmaken');
    await page.getByRole('button', { name: 'Kluis aanmaken' }).click();
    await expect(page.getByRole('heading', { name: 'Je herstelsleutel' })).toBeVisible();
    const groups = await page.getByRole('list', { name: /Herstelsleutel/ }).getByRole('listitem').allTextContents();
    expect(groups.join('-')).toMatch(/^([0-9A-Z]{5}-){7}[0-9A-Z]{5}$/);
    await screenshot(page, '02-herstelsleutel');
    await expectAccessible(page, 'recovery key');
  });

  await test.step('going on is only possible after confirming the key is saved', async () => {
    await page.getByRole('button', { name: 'Verder naar Traject' }).click();
    await expect(page.getByText('Bevestig eerst dat je de herstelsleutel hebt bewaard.')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Je herstelsleutel' })).toBeVisible();
    await page.getByRole('checkbox', { name: /Ik heb de herstelsleutel bewaard/ }).check();
    await page.getByRole('button', { name: 'Verder naar Traject' }).click();
    await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toBeVisible();
    await expect(page.getByText('Je hebt nog geen cliënten.')).toBeVisible();
    await screenshot(page, '03-dashboard');
    await expectAccessible(page, 'dashboard');
  });

  await test.step('the empty clients list says what to do next', async () => {
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Cliënten' }).click();
    await expect(page.getByRole('heading', { name: 'Cliënten', level: 1 })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Nog geen cliënten' })).toBeVisible();
    await expectAccessible(page, 'empty clients list');
  });

  await test.step('a client without a last name gets a Dutch error on that field', async () => {
    await page.getByRole('button', { name: 'Nieuwe cliënt' }).click();
    await expect(page.getByRole('heading', { name: 'Nieuwe cliënt' })).toBeVisible();
    await expect(page.getByLabel('Voornaam')).toBeFocused();
    await page.getByLabel('Voornaam').fill('Anneke');
    await page.getByLabel('E-mailadres').fill('anneke@voorbeeld.nl');
    await page.getByLabel('Telefoonnummer').fill('06 12345678');
    await page.getByRole('button', { name: 'Cliënt toevoegen' }).click();
    await expect(page.getByText('Achternaam is verplicht.')).toBeVisible();
    await expect(page.getByLabel('Achternaam')).toBeFocused();
    await expect(page.getByLabel('Achternaam')).toHaveAttribute('aria-invalid', 'true');
    await screenshot(page, '04-client-achternaam-ontbreekt');
    await expectAccessible(page, 'client form with an error');
  });

  await test.step('with the last name filled in, the client is listed', async () => {
    await page.getByLabel('Achternaam').fill('van den Berg');
    await expect(page.getByText('Achternaam is verplicht.')).toBeHidden();
    await page.getByRole('button', { name: 'Cliënt toevoegen' }).click();
    await expect(page.getByRole('heading', { name: 'Cliënten', level: 1 })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Anneke van den Berg' })).toBeVisible();
    await expect(notifications(page).getByText('Anneke van den Berg is toegevoegd.')).toBeVisible();
  });

  await test.step('a second client, then search finds the first by part of her name', async () => {
    await page.getByRole('button', { name: 'Nieuwe cliënt' }).click();
    await page.getByLabel('Voornaam').fill('Joël');
    await page.getByLabel('Achternaam').fill('Smit');
    await page.getByRole('button', { name: 'Cliënt toevoegen' }).click();
    await expect(page.getByRole('button', { name: 'Joël Smit' })).toBeVisible();

    await page.getByRole('searchbox', { name: 'Zoeken in cliënten' }).fill('berg');
    await expect(page.getByRole('button', { name: 'Joël Smit' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Anneke van den Berg' })).toBeVisible();

    await page.getByRole('searchbox', { name: 'Zoeken in cliënten' }).fill('joel');
    await expect(page.getByRole('button', { name: 'Joël Smit' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Anneke van den Berg' })).toBeHidden();

    await page.getByRole('searchbox', { name: 'Zoeken in cliënten' }).fill('pietersen');
    await expect(page.getByRole('heading', { name: 'Geen cliënten gevonden' })).toBeVisible();
    await page.getByRole('searchbox', { name: 'Zoeken in cliënten' }).fill('');
    await expect(page.getByRole('button', { name: 'Anneke van den Berg' })).toBeVisible();
    await screenshot(page, '05-clienten');
    await expectAccessible(page, 'clients list');
  });

  await test.step('switching to English changes every screen', async () => {
    await page.getByRole('button', { name: 'Instellingen' }).click();
    await expect(page.getByRole('heading', { name: 'Instellingen', level: 1 })).toBeVisible();
    await expect(page.getByLabel('KvK-nummer')).toBeVisible();
    await screenshot(page, '06-instellingen');
    await expectAccessible(page, 'settings');
    await page.getByRole('radio', { name: 'English' }).check();
    await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
    await expect(notifications(page).getByText('Traject is now in English.')).toBeVisible();
    await page.getByRole('navigation', { name: 'Main menu' }).getByRole('button', { name: 'Clients' }).click();
    await expect(page.getByRole('heading', { name: 'Clients', level: 1 })).toBeVisible();
    await expect(page.getByRole('columnheader', { name: 'Last changed' })).toBeVisible();
    await screenshot(page, '07-clients-english');
    await expectAccessible(page, 'clients list in English');
  });

  await test.step('Ctrl+L locks; the unlock screen speaks English too', async () => {
    await page.keyboard.press('Control+l');
    await expect(page.getByRole('heading', { name: 'Unlock the vault' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Main menu' })).toBeHidden();
  });

  await test.step('a wrong passphrase gives a clear error and keeps the form', async () => {
    await page.getByLabel(/^Passphrase/).fill('rustige zee achter de dujnen');
    await page.getByRole('button', { name: 'Unlock', exact: true }).click();
    await expect(page.getByText('This passphrase is not correct. Check it and try again.')).toBeVisible();
    await expect(page.getByLabel(/^Passphrase/)).toHaveValue('rustige zee achter de dujnen');
    await expect(page.getByLabel(/^Passphrase/)).toBeFocused();
    await expectAccessible(page, 'unlock with an error');

    await page.getByRole('button', { name: 'Nederlands' }).click();
    await expect(page.getByRole('heading', { name: 'Kluis ontgrendelen' })).toBeVisible();
    await expect(page.getByText('Deze wachtwoordzin klopt niet. Controleer hem en probeer het opnieuw.')).toBeVisible();
    await screenshot(page, '08-verkeerde-wachtwoordzin');
  });

  await test.step('the right passphrase opens the vault again, in the language chosen last, with the clients', async () => {
    await page.getByLabel(/^Wachtwoordzin/).fill(passphrase);
    await page.getByRole('button', { name: 'Ontgrendelen', exact: true }).click();
    await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toBeVisible();
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Cliënten' }).click();
    await expect(page.getByRole('button', { name: 'Anneke van den Berg' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Joël Smit' })).toBeVisible();
  });

  await test.step('after a reload the vault is still open and still Dutch', async () => {
    await page.reload();
    await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toBeVisible();
    expect(cspViolations, 'nothing needed an exception to the Content Security Policy').toEqual([]);
  });
});
