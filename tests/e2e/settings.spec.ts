import { expect } from '@playwright/test';
import { createVault, expectAccessible, notifications, onNewVault, passphrase, screenshot } from './helpers';

const test = onNewVault();

const newPassphrase = 'lange wandeling langs de IJssel';

test('the practice profile, auto-lock and passphrase are kept in the vault', async ({ page, host }) => {
  await test.step('a new vault, then the settings', async () => {
    await page.goto(host.url);
    await createVault(page);
    await page.getByRole('button', { name: 'Instellingen' }).click();
    await expect(page.getByRole('heading', { name: 'Praktijkgegevens' })).toBeVisible();
  });

  await test.step('the practice profile with its registration numbers is saved', async () => {
    const profile = page.getByRole('region', { name: 'Praktijkgegevens' });
    await page.getByLabel('Naam van de praktijk').fill('Praktijk De Linde');
    await page.getByLabel('Je naam', { exact: true }).fill('Marloes Visser');
    await page.getByLabel('E-mailadres').fill('marloes@');
    await profile.getByRole('button', { name: 'Opslaan' }).click();
    await expect(page.getByText('E-mailadres: vul een geldig adres in, zoals naam@praktijk.nl.')).toBeVisible();
    await expect(page.getByLabel('E-mailadres')).toBeFocused();
    await page.getByLabel('E-mailadres').fill('marloes@delinde.nl');
    await page.getByLabel('BIG-nummer').fill('19012345601');
    await page.getByLabel('KvK-nummer').fill('12345678');
    await page.getByLabel('AGB-code').fill('94001234');
    await profile.getByRole('button', { name: 'Opslaan' }).click();
    await expect(notifications(page).getByText('De praktijkgegevens zijn opgeslagen.')).toBeVisible();
  });

  await test.step('documents for clients can say "u" instead of "je"', async () => {
    const address = page.getByRole('region', { name: 'Aanspreekvorm voor cliënten' });
    await expect(address.getByRole('radio', { name: /^Je en jullie/ })).toBeChecked();
    await address.getByRole('radio', { name: /^U / }).check();
    await expect(notifications(page).getByText('Opgeslagen. Nieuwe documenten voor cliënten gebruiken deze aanspreekvorm.')).toBeVisible();
    await screenshot(page, '13-instellingen-aanspreekvorm');
  });

  await test.step('auto-lock refuses zero minutes and accepts one', async () => {
    const autoLock = page.getByRole('region', { name: 'Automatisch vergrendelen' });
    const minutes = autoLock.getByLabel('Vergrendelen na (minuten)');
    await minutes.fill('0');
    await autoLock.getByRole('button', { name: 'Opslaan' }).click();
    await expect(page.getByText('Vergrendelen na (minuten) moet minstens 1 zijn.')).toBeVisible();
    await minutes.fill('1');
    await autoLock.getByRole('button', { name: 'Opslaan' }).click();
    await expect(notifications(page).getByText('Traject vergrendelt nu na 1 minuut zonder activiteit.')).toBeVisible();
  });

  await test.step('a wrong current passphrase is named on its field', async () => {
    await page.getByRole('navigation', { name: 'Onderdelen van Instellingen' }).getByRole('button', { name: 'Sleutel & herstel' }).click();
    const change = page.getByRole('region', { name: 'Wachtwoordzin wijzigen' });
    await change.getByLabel(/^Huidige wachtwoordzin/).fill('niet mijn wachtwoordzin');
    await change.getByLabel(/^Nieuwe wachtwoordzin/).fill(newPassphrase);
    await change.getByLabel(/^Herhaal de wachtwoordzin/).fill(newPassphrase);
    await change.getByRole('button', { name: 'Wachtwoordzin wijzigen' }).click();
    await expect(change.getByText('Deze wachtwoordzin klopt niet. Controleer hem en probeer het opnieuw.')).toBeVisible();
    await expect(change.getByLabel(/^Huidige wachtwoordzin/)).toBeFocused();
    await screenshot(page, '12-instellingen-wachtwoordzin');
    await expectAccessible(page, 'settings with a wrong passphrase');
  });

  await test.step('with the right one the passphrase changes', async () => {
    const change = page.getByRole('region', { name: 'Wachtwoordzin wijzigen' });
    await change.getByLabel(/^Huidige wachtwoordzin/).fill(passphrase);
    await change.getByRole('button', { name: 'Wachtwoordzin wijzigen' }).click();
    await expect(notifications(page).getByText('Je wachtwoordzin is gewijzigd.')).toBeVisible();
    await expect(change.getByLabel(/^Huidige wachtwoordzin/)).toHaveValue('');
  });

  await test.step('after locking, only the new passphrase opens the vault, and the profile is still there', async () => {
    await page.getByRole('button', { name: /Vergrendelen/ }).click();
    await expect(page.getByRole('heading', { name: 'Kluis ontgrendelen' })).toBeVisible({ timeout: 30_000 });
    await page.getByLabel(/^Wachtwoordzin/).fill(passphrase);
    await page.getByRole('button', { name: 'Ontgrendelen', exact: true }).click();
    await expect(page.getByText('Deze wachtwoordzin klopt niet.', { exact: false })).toBeVisible();
    await page.getByLabel(/^Wachtwoordzin/).fill(newPassphrase);
    await page.getByRole('button', { name: 'Ontgrendelen', exact: true }).click();
    await page.getByRole('button', { name: 'Instellingen' }).click();
    await expect(page.getByLabel('Naam van de praktijk')).toHaveValue('Praktijk De Linde');
    await expect(page.getByLabel('KvK-nummer')).toHaveValue('12345678');
    await expect(page.getByLabel('Vergrendelen na (minuten)')).toHaveValue('1');
    await expect(page.getByRole('radio', { name: /^U / })).toBeChecked();
  });
});
