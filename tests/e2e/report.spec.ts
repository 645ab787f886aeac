import { expect, type Page } from '@playwright/test';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createVault, expectAccessible, notifications, onNewVault, screenPath, screenshot } from './helpers';

const test = onNewVault({ acceptDownloads: true });

/** The canvas holds more than a blank sheet: some pixels are darker than paper. */
async function pageHasInk(page: Page, canvasName: string): Promise<boolean> {
  const canvas = page.getByRole('img', { name: canvasName });
  return canvas.evaluate((element) => {
    const drawn = element as unknown as { width: number; height: number; getContext(kind: '2d'): { getImageData(...a: number[]): { data: Uint8ClampedArray } } | null };
    const pixels = drawn.getContext('2d')?.getImageData(0, 0, drawn.width, drawn.height).data;
    if (!pixels || drawn.width === 0) return false;
    for (let i = 0; i < pixels.length; i += 4) if (pixels[i]! < 128 && pixels[i + 3]! > 0) return true;
    return false;
  });
}

test('a progress report for one partner, in English: preview, save, and proof of what was sent', async ({ page, host, invoke, cspViolations }) => {
  await test.step('a vault with the demo practice, then the couple trajectory', async () => {
    await page.goto(host.url);
    await createVault(page);
    await invoke('demo.seed', {}); // the demo practice goes in through the same door as the screens
    await page.getByRole('button', { name: 'Trajecten' }).click();
    await page.getByRole('button', { name: 'Vertrouwen herstellen na de verzwegen schuld' }).click();
    await page.getByRole('button', { name: 'Voortgangsrapport maken' }).click();
    await expect(page.getByRole('heading', { name: 'Voortgangsrapport maken', level: 1 })).toBeVisible();
    await expect(page.getByText('Privénotities en individuele sessies van de andere partner komen nooit in het rapport.')).toBeVisible();
  });

  await test.step('the choices start from the couple together, all sessions, every section', async () => {
    const audience = page.getByRole('group', { name: 'Ontvanger' });
    await expect(audience.getByRole('radio').first()).toBeChecked();
    await expect(audience.getByRole('radio', { name: 'Sanne de Vries' })).toBeVisible();
    await expect(page.getByRole('group', { name: /Onderdelen/ }).getByRole('checkbox', { name: /Voorblad/ })).toBeChecked();
    await screenshot(page, '4a-rapport-keuzes');
    await expectAccessible(page, 'the report builder');
  });

  await test.step('a password that does not match is named before anything is made', async () => {
    await page.getByRole('checkbox', { name: /Het PDF-bestand beveiligen met een wachtwoord/ }).check();
    await page.getByLabel(/^Wachtwoord voor het rapport/).fill('duinpad-42');
    await page.getByLabel(/^Herhaal het wachtwoord/).fill('duinpad-24');
    await page.getByRole('button', { name: 'Rapport opslaan' }).click();
    await expect(page.getByText('De twee wachtwoorden zijn niet gelijk.')).toBeVisible();
    await expect(page.getByLabel(/^Herhaal het wachtwoord/)).toBeFocused();
    await page.getByRole('checkbox', { name: /Het PDF-bestand beveiligen met een wachtwoord/ }).uncheck();
  });

  await test.step('one partner, English, with a closing word and next steps', async () => {
    await page.getByRole('group', { name: 'Ontvanger' }).getByRole('radio', { name: 'Sanne de Vries' }).check();
    await page.getByRole('group', { name: 'Taal van het rapport' }).getByRole('radio', { name: 'English' }).check();
    await page.getByLabel(/^Afsluitend woord$/).fill('You both worked hard these months. Keep the Sunday overview going.');
    await page.getByRole('button', { name: 'Vervolgstap toevoegen' }).click();
    await page.getByLabel('Vervolgstap 1').fill('Evaluation session in six weeks');
    await page.getByLabel('Vervolgstap 1').press('Enter');
    await page.getByLabel('Vervolgstap 2').fill('Keep writing down when the distrust comes up');
  });

  await test.step('the preview draws the pages of the PDF', async () => {
    await page.getByRole('button', { name: 'Voorbeeld bekijken' }).click();
    const first = page.getByRole('img', { name: /^Pagina 1 van \d+$/ });
    await expect(first).toBeVisible({ timeout: 30_000 });
    const count = Number(/van (\d+)/.exec((await first.getAttribute('aria-label')) ?? '')?.[1]);
    expect(count).toBeGreaterThan(1);
    await expect.poll(() => pageHasInk(page, `Pagina 1 van ${count}`)).toBe(true);
    await page.getByRole('button', { name: `Pagina 2 van ${count}` }).click();
    await expect(page.getByRole('img', { name: `Pagina 2 van ${count}` })).toBeVisible();
    await expect.poll(() => pageHasInk(page, `Pagina 2 van ${count}`)).toBe(true);
    await screenshot(page, '4b-rapport-voorbeeld');
    await expectAccessible(page, 'the report preview');
    await page.getByRole('button', { name: 'Groter bekijken' }).click();
    await expect(page.getByRole('button', { name: 'Groter bekijken' })).toHaveAttribute('aria-pressed', 'true');
    await expect.poll(() => pageHasInk(page, `Pagina 2 van ${count}`)).toBe(true);
    await page.getByRole('region', { name: 'Voorbeeld' }).screenshot({ path: screenPath('4c-rapport-voorbeeld-groot') });
    await page.getByRole('button', { name: 'Groter bekijken' }).click();
  });

  await test.step('saving downloads the PDF and the export appears in the list with its hash', async () => {
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Rapport opslaan' }).click();
    const download = await downloading;
    const file = readFileSync(await download.path());
    expect(file.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(file.length).toBeGreaterThan(10_000);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    await expect(notifications(page).getByText(`Het voortgangsrapport is gedownload als ${download.suggestedFilename()}.`)).toBeVisible();

    const sha256 = createHash('sha256').update(file).digest('hex');
    const history = page.getByRole('region', { name: 'Eerder gemaakte rapporten' });
    const row = history.getByRole('row').filter({ hasText: download.suggestedFilename() });
    await expect(row).toContainText('Sanne de Vries');
    await expect(row).toContainText('English');
    await expect(row).toContainText('Zonder wachtwoord');
    await expect(row).toContainText('Alle onderdelen');
    await expect(row.getByTitle(sha256)).toHaveText(`${sha256.slice(0, 8)}…${sha256.slice(-8)}`);
    await row.getByText(`${sha256.slice(0, 8)}…`).click();
    await expect(row.getByText(sha256, { exact: true })).toBeVisible();
    await screenshot(page, '4d-rapport-opgeslagen');
    await expectAccessible(page, 'the report builder after saving');
  });

  await test.step('the Content Security Policy never had to make an exception', async () => {
    expect(cspViolations).toEqual([]);
  });
});
