import { expect } from '@playwright/test';
import { createVault, expectAccessible, onNewVault, quietScreenshot } from './helpers';

const test = onNewVault({ acceptDownloads: true });

test('the audit log of one client shows who opened and exported their file, and the chain checks out', async ({ page, host, invoke }) => {
  await test.step('the demo practice; Fatima El Amrani is opened and her summary exported', async () => {
    await page.goto(host.url);
    await createVault(page);
    await invoke('demo.seed', {});
    await page.getByRole('button', { name: 'Cliënten' }).click();
    await page.getByRole('button', { name: 'Fatima El Amrani' }).click();
    await expect(page.getByRole('heading', { name: 'Fatima El Amrani', level: 1 })).toBeVisible();
    await page.getByRole('button', { name: 'Terug naar cliënten' }).click();
    await page.getByRole('button', { name: 'Sanne de Vries' }).click();
    await expect(page.getByRole('heading', { name: 'Sanne de Vries', level: 1 })).toBeVisible();
    await page.getByRole('button', { name: 'Terug naar cliënten' }).click();
    await page.getByRole('button', { name: 'Fatima El Amrani' }).click();
    await page.getByRole('button', { name: 'Samenvatting downloaden (PDF)' }).click();
    await expect(page.locator('.toast-text').filter({ hasText: /staat in je downloads/ })).toBeVisible();
  });

  await test.step('from her page, "Wie opende dit dossier?" shows her entries only', async () => {
    await page.getByRole('button', { name: 'Wie opende dit dossier?' }).click();
    await expect(page.getByText('Alleen het logboek van Fatima El Amrani')).toBeVisible();
    const rows = page.getByRole('table').getByRole('row');
    // Opening the same record again within a minute is one visit.
    await expect(rows.filter({ hasText: 'Cliëntdossier geopend' })).toHaveCount(1);
    await expect(rows.filter({ hasText: 'Cliëntdossier geopend' })).toContainText('Fatima El Amrani');
    await expect(rows.filter({ hasText: 'Gegevens van cliënt geëxporteerd' })).toHaveCount(1);
    await expect(page.getByRole('table')).not.toContainText('Sanne de Vries');
    await quietScreenshot(page, '80-logboek-client');
    await expectAccessible(page, 'the audit log for one client');
  });

  await test.step('everyone again, filtered to one event, and the chain is whole', async () => {
    await page.getByRole('button', { name: 'Alle cliënten tonen' }).click();
    await expect(page.getByRole('table')).toContainText('Sanne de Vries');
    await page.getByLabel('Gebeurtenis').selectOption({ label: 'Kluis ontgrendeld' });
    await expect(page.getByRole('table').getByRole('row').nth(1)).toContainText('Kluis ontgrendeld');
    await expect(page.getByRole('table')).not.toContainText('Cliëntdossier geopend');
    await page.getByRole('button', { name: 'Logboek controleren' }).click();
    await expect(page.getByText(/^Het logboek is compleet: \d+ regels?, niets gewijzigd of weggehaald\.$/)).toBeVisible();
  });

  await test.step('found by name from the log itself, and in English', async () => {
    await page.getByLabel('Gebeurtenis').selectOption({ label: 'Alle gebeurtenissen' });
    await page.getByLabel('Logboek van één cliënt').fill('Fatima');
    await page.getByRole('button', { name: 'Tonen Fatima El Amrani' }).click();
    await expect(page.getByText('Alleen het logboek van Fatima El Amrani')).toBeVisible();
    await page.getByRole('button', { name: 'Algemeen' }).click();
    await page.getByRole('radio', { name: 'English' }).check();
    await page.getByRole('button', { name: 'Audit log' }).click();
    await expect(page.getByRole('heading', { name: 'Audit log', exact: true })).toBeVisible();
    await quietScreenshot(page, '81-audit-log-en');
    await expectAccessible(page, 'the audit log in English');
  });
});
