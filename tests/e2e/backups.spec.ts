import { expect } from '@playwright/test';
import { createVault, expectAccessible, notifications, onNewVault, quietScreenshot } from './helpers';

const test = onNewVault();

test('a back-up is made by hand, with its progress, and listed with what it holds', async ({ page, host, invoke }) => {
  await test.step('a vault with the demo practice, then Settings → Back-ups', async () => {
    await page.goto(host.url);
    await createVault(page);
    await invoke('demo.seed', {});
    await page.getByRole('button', { name: 'Instellingen' }).click();
    await page.getByRole('navigation', { name: 'Onderdelen van Instellingen' }).getByRole('button', { name: 'Back-ups' }).click();
    await expect(page.getByRole('heading', { name: 'Back-ups', exact: true })).toBeVisible();
    await expect(page.getByText('Er is nog geen back-up gemaakt.')).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Map' })).toHaveValue(`${host.vaultDir}/backups`);
    await expect(page.getByText(/In deze map komen alleen versleutelde bestanden/)).toBeVisible();
  });

  await test.step('making one shows a progress bar with its phase, then the back-up in the list', async () => {
    await page.getByRole('button', { name: 'Nu een back-up maken' }).click();
    // A small vault is copied and checked in a blink: the bar with its phase shows while it runs
    // (its phases are followed step by step in the renderer tests), or the back-up is already done.
    const progress = page.getByRole('progressbar', { name: /^(Gegevens kopiëren|Back-up controleren|Oude back-ups opruimen|Bezig met voorbereiden)…/ });
    const done = notifications(page).getByText(/De back-up is gemaakt en gecontroleerd/);
    await expect(progress.or(done).first()).toBeVisible({ timeout: 30_000 });
    await expect(done).toBeVisible({ timeout: 30_000 });
    await expect(page.getByRole('progressbar')).toHaveCount(0);
    const rows = page.getByRole('table').getByRole('row');
    await expect(rows).toHaveCount(2);
    await expect(rows.nth(1)).toContainText('zelf gemaakt');
    await expect(rows.nth(1)).toContainText(/\d+ cliënten, \d+ trajecten, \d+ sessies/);
    await expect(rows.nth(1)).toContainText(/\d+(,\d)? (kB|MB)/);
    await expect(page.getByText(/^Laatste back-up: /)).toBeVisible();
  });

  await test.step('the page reads well in Dutch, in English and in a small window', async () => {
    await quietScreenshot(page, '70-back-ups');
    await expectAccessible(page, 'the back-ups page');
    await page.setViewportSize({ width: 1024, height: 700 });
    await quietScreenshot(page, '71-back-ups-1024x700', 'view');
    await page.getByRole('button', { name: 'Algemeen' }).click();
    await page.getByRole('radio', { name: 'English' }).check();
    await page.getByRole('button', { name: 'Backups', exact: true }).click();
    await expect(page.getByRole('button', { name: 'Make a backup now' })).toBeVisible();
    await expect(page.getByRole('table').getByRole('row').nth(1)).toContainText('made by you');
    await quietScreenshot(page, '72-backups-en');
    await expectAccessible(page, 'the backups page in English');
    await page.getByRole('button', { name: 'General' }).click();
    await page.getByRole('radio', { name: 'Nederlands' }).check();
    await page.setViewportSize({ width: 1280, height: 860 });
  });
});
