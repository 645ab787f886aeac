import { expect } from '@playwright/test';
import { createVault, expectAccessible, notifications, onNewVault, passphrase, quietScreenshot } from './helpers';

const test = onNewVault();
const newPassphrase = 'lange wandeling langs de IJssel';

test('a forgotten passphrase is replaced with the recovery key, and the new one opens the vault', async ({ page, host, cspViolations }) => {
  const recoveryKey = await test.step('a new vault, then locked', async () => {
    await page.goto(host.url);
    const key = await createVault(page);
    await page.getByRole('button', { name: /Vergrendelen/ }).click();
    return key;
  });

  await test.step('"Wachtwoordzin vergeten?" asks for the recovery key and a new passphrase, in English too', async () => {
    await page.getByRole('button', { name: 'Wachtwoordzin vergeten?' }).click();
    await expect(page.getByRole('heading', { name: 'Wachtwoordzin vergeten?' })).toBeVisible();
    await expect(page.getByLabel(/^Herstelsleutel/)).toBeFocused();
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { name: 'Forgot passphrase?' })).toBeVisible();
    await quietScreenshot(page, '77-forgot-passphrase-en');
    await expectAccessible(page, 'forgot passphrase in English');
    await page.getByRole('button', { name: 'Nederlands' }).click();
  });

  await test.step('a recovery key with a typo is named as a typo and kept for correcting', async () => {
    const typo = (recoveryKey[0] === 'A' ? 'B' : 'A') + recoveryKey.slice(1);
    await page.getByLabel(/^Herstelsleutel/).fill(typo);
    await page.getByLabel(/^Nieuwe wachtwoordzin/).fill(newPassphrase);
    await page.getByLabel(/^Herhaal de wachtwoordzin/).fill(newPassphrase);
    await page.getByRole('button', { name: 'Nieuwe wachtwoordzin instellen' }).click();
    await expect(page.getByText(/Er zit een typefout in de herstelsleutel/)).toBeVisible();
    await expect(page.getByLabel(/^Herstelsleutel/)).toHaveValue(typo);
    await expect(page.getByLabel(/^Herstelsleutel/)).toBeFocused();
    await quietScreenshot(page, '76-wachtwoordzin-vergeten');
    await expectAccessible(page, 'forgot passphrase with a typo in the key');
  });

  await test.step('the right key, typed loosely, sets the new passphrase and opens the vault', async () => {
    await page.getByLabel(/^Herstelsleutel/).fill(recoveryKey.toLowerCase().replaceAll('-', ' '));
    await page.getByRole('button', { name: 'Nieuwe wachtwoordzin instellen' }).click();
    await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toBeVisible();
    await expect(notifications(page).getByText(/Je nieuwe wachtwoordzin is ingesteld/)).toBeVisible();
  });

  await test.step('after locking, the old passphrase no longer opens the vault and the new one does', async () => {
    await page.getByRole('button', { name: /Vergrendelen/ }).click();
    await page.getByLabel(/^Wachtwoordzin/).fill(passphrase);
    await page.getByRole('button', { name: 'Ontgrendelen', exact: true }).click();
    await expect(page.getByText('Deze wachtwoordzin klopt niet.', { exact: false })).toBeVisible();
    await page.getByLabel(/^Wachtwoordzin/).fill(newPassphrase);
    await page.getByRole('button', { name: 'Ontgrendelen', exact: true }).click();
    await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toBeVisible();
    expect(cspViolations).toEqual([]);
  });
});
