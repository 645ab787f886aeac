import { expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createVault, expectAccessible, notifications, onNewVault, quietScreenshot } from './helpers';

const test = onNewVault({ acceptDownloads: true });

test("a client's data leaves as a JSON file and a PDF summary", async ({ page, host, invoke }) => {
  await test.step('the demo practice, then Daan Mulder', async () => {
    await page.goto(host.url);
    await createVault(page);
    await invoke('demo.seed', {});
    await page.getByRole('button', { name: 'Cliënten' }).click();
    await page.getByRole('button', { name: 'Daan Mulder' }).click();
    await expect(page.getByRole('region', { name: 'Gegevens van deze cliënt' })).toBeVisible();
    await quietScreenshot(page, '86-client-gegevens');
    await expectAccessible(page, "the client page with the client's data");
  });

  await test.step('the JSON file holds Daan and nothing of the private notes', async () => {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Gegevens exporteren (JSON)' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^Gegevens Daan Mulder \d{4}-\d{2}-\d{2}\.json$/);
    const text = readFileSync(await file.path(), 'utf8');
    const data = JSON.parse(text) as { tables: Record<string, Record<string, unknown>[]> };
    expect(data.tables['client']?.[0]).toMatchObject({ first_name: 'Daan', last_name: 'Mulder' });
    expect(text).not.toMatch(/private_notes"\s*:\s*"[^"]/);
    await expect(notifications(page).getByText(`${file.suggestedFilename()} staat in je downloads.`)).toBeVisible();
  });

  await test.step('the PDF summary is a PDF with his name on the file', async () => {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Samenvatting downloaden (PDF)' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^Gegevens Daan Mulder .*\.pdf$/);
    expect(readFileSync(await file.path()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });
});

test('the whole practice leaves as one JSON file, only after a warning that it is not encrypted', async ({ page }) => {
  await test.step('Settings → Praktijk exporteren warns first', async () => {
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Instellingen' }).click();
    await page.getByRole('button', { name: 'Praktijk exporteren' }).click();
    await expect(page.getByText(/Dit bestand is niet versleuteld/)).toBeVisible();
    await page.getByRole('button', { name: 'Hele praktijk exporteren (JSON)' }).click();
    await expect(page.getByRole('alertdialog', { name: 'Onversleuteld bestand maken?' })).toBeVisible();
    await quietScreenshot(page, '87-praktijk-exporteren', 'view');
    await expectAccessible(page, 'the practice export warning');
  });

  await test.step('confirmed, the file holds every client', async () => {
    const download = page.waitForEvent('download');
    await page.getByRole('alertdialog').getByRole('button', { name: 'Exporteren' }).click();
    const text = readFileSync(await (await download).path(), 'utf8');
    for (const name of ['Sanne', 'Daan', 'Fatima', 'Lotte']) expect(text).toContain(`"${name}"`);
  });

  await test.step('the retention list says nothing has passed its period yet', async () => {
    await page.getByRole('button', { name: 'Bewaartermijn' }).click();
    await expect(page.getByText('Van geen enkel traject is de bewaartermijn verstreken.')).toBeVisible();
    await quietScreenshot(page, '88-bewaartermijn');
    await expectAccessible(page, 'the retention list');
  });
});
