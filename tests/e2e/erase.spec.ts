import { expect } from '@playwright/test';
import { createVault, expectAccessible, notifications, onNewVault, quietScreenshot } from './helpers';

const test = onNewVault();

test('a client is erased after the retention warning, with a reason and the typed word', async ({ page, host, invoke }) => {
  await test.step('the demo practice, then Sanne de Vries, whose couple trajectory is recent', async () => {
    await page.goto(host.url);
    await createVault(page);
    await invoke('demo.seed', {});
    await page.getByRole('button', { name: 'Cliënten' }).click();
    await page.getByRole('button', { name: 'Sanne de Vries' }).click();
    await expect(page.getByRole('heading', { name: 'Sanne de Vries', level: 1 })).toBeVisible();
  });

  await test.step('the dialog says what goes, what stays for Daan, and warns that the retention period runs', async () => {
    await page.getByRole('button', { name: 'Cliënt wissen…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Sanne de Vries wissen?' });
    await expect(dialog.getByText('Dit wordt definitief gewist van Sanne de Vries:')).toBeVisible();
    await expect(dialog).toContainText('Vertrouwen herstellen na de verzwegen schuld');
    await expect(dialog.getByRole('note')).toContainText('De bewaartermijn is nog niet voorbij.');
    await expect(dialog.getByRole('note')).toContainText(/bewaard blijven tot \d+ \w+ 20\d\d/);
    await quietScreenshot(page, '84-wissen-waarschuwing', 'view');
    await expectAccessible(page, 'the erasure warning');
  });

  await test.step('without a reason nothing happens; the reason is asked by name', async () => {
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(/^Typ WISSEN om te bevestigen/).fill('wissen');
    await dialog.getByRole('button', { name: 'Definitief wissen' }).click();
    await expect(dialog.getByText('Kies een reden: de bewaartermijn is nog niet voorbij.')).toBeVisible();
    await page.setViewportSize({ width: 1024, height: 700 });
    await quietScreenshot(page, '85-wissen-reden-1024x700', 'view');
    await page.setViewportSize({ width: 1280, height: 860 });
  });

  await test.step('with the reason the client is erased and the clients list no longer has her', async () => {
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('radio', { name: 'Op verzoek van de cliënt' }).check();
    await dialog.getByRole('button', { name: 'Definitief wissen' }).click();
    await expect(notifications(page).getByText('Sanne de Vries is gewist.')).toBeVisible({ timeout: 30_000 });
    await expect(page.getByRole('heading', { name: 'Cliënten', level: 1 })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Sanne de Vries' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Daan Mulder' })).toBeVisible();
  });

  await test.step('search no longer finds her record, and the audit log keeps the erasure without her name', async () => {
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Zoeken' }).click();
    await page.getByRole('searchbox').first().fill('sanne.devries@voorbeeld.nl');
    await expect(page.getByText(/Niets gevonden voor ‘sanne.devries@voorbeeld.nl’/)).toBeVisible();
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Instellingen' }).click();
    await page.getByRole('button', { name: 'Logboek' }).click();
    const erased = page.getByRole('row', { name: /Cliënt gewist/ });
    await expect(erased).toContainText(/Gewiste cliënt \(nr\. \d+\)/);
    await expect(page.getByRole('table')).not.toContainText('Sanne');
  });
});
