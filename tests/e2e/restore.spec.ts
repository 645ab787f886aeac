import { expect, type Page } from '@playwright/test';
import { openSync, readSync, writeSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { addClient, createVault, expectAccessible, notifications, onNewVault, passphrase, quietScreenshot } from './helpers';

const test = onNewVault();

async function openBackups(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Instellingen' }).click();
  await page.getByRole('navigation', { name: 'Onderdelen van Instellingen' }).getByRole('button', { name: 'Back-ups' }).click();
  await expect(page.getByRole('button', { name: 'Nu een back-up maken' })).toBeVisible();
}

async function clientNames(page: Page): Promise<string[]> {
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Cliënten' }).click();
  const table = page.getByRole('table', { name: 'Cliëntenlijst' });
  await expect(table).toBeVisible();
  return table.getByRole('rowheader').allTextContents();
}

/** Flip one byte inside the first page of the encrypted database, as a failing disk would. */
function damage(file: string): void {
  const fd = openSync(file, 'r+');
  const byte = Buffer.alloc(1);
  readSync(fd, byte, 0, 1, 1_000);
  byte[0] = byte[0]! ^ 0xff;
  writeSync(fd, byte, 0, 1, 1_000);
  closeSync(fd);
}

test('restoring a back-up brings back its clients and keeps a "before restore" back-up to undo it', async ({ page, host }) => {
  await test.step('a vault with one client, a back-up, then a second client', async () => {
    await page.goto(host.url);
    await createVault(page);
    await page.getByRole('button', { name: 'Cliënten' }).click();
    await addClient(page, 'Sanne', 'de Vries');
    await openBackups(page);
    await page.getByRole('button', { name: 'Nu een back-up maken' }).click();
    await expect(notifications(page).getByText(/De back-up is gemaakt en gecontroleerd/)).toBeVisible({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Cliënten' }).click();
    await addClient(page, 'Daan', 'Bakker');
    expect(await clientNames(page)).toEqual(['Daan Bakker', 'Sanne de Vries']);
  });

  await test.step('the restore dialog shows what the back-up holds and that the current data is kept first', async () => {
    await openBackups(page);
    const made = page.getByRole('row', { name: /zelf gemaakt/ });
    await expect(made).toContainText('1 cliënt, 0 trajecten, 0 sessies');
    await made.getByRole('button', { name: /^Terugzetten/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Back-up terugzetten' });
    await expect(dialog).toContainText('1 cliënt, 0 trajecten, 0 sessies');
    await expect(dialog).toContainText('Traject bewaart je huidige gegevens eerst als back-up ‘vóór terugzetten’.');
    await quietScreenshot(page, '73-terugzetten-bevestigen', 'view');
    await expectAccessible(page, 'the restore dialog');
  });

  await test.step('after the restore the second client is gone and a "before restore" back-up is listed', async () => {
    await page.getByRole('dialog').getByRole('button', { name: 'Terugzetten', exact: true }).click();
    await expect(page.getByText(/is teruggezet\./)).toBeVisible({ timeout: 30_000 });
    await expect(page.getByText(/staan als back-up ‘vóór terugzetten’ bovenaan de lijst/)).toBeVisible();
    const before = page.getByRole('row', { name: /vóór terugzetten/ });
    await expect(before).toContainText('2 cliënten');
    await quietScreenshot(page, '74-teruggezet');
    expect(await clientNames(page)).toEqual(['Sanne de Vries']);
  });

  await test.step('restoring the "before restore" back-up undoes it', async () => {
    await openBackups(page);
    await page.getByRole('row', { name: /vóór terugzetten/ }).getByRole('button', { name: /^Terugzetten/ }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Terugzetten', exact: true }).click();
    await expect(page.getByText(/is teruggezet\./)).toBeVisible({ timeout: 30_000 });
    expect(await clientNames(page)).toEqual(['Daan Bakker', 'Sanne de Vries']);
  });
});

test('a damaged vault offers its back-ups on the unlock screen and opens again from one', async ({ page, host }) => {
  await test.step('lock, and one byte of the database goes bad', async () => {
    await page.getByRole('button', { name: /Vergrendelen/ }).click();
    await expect(page.getByRole('heading', { name: 'Kluis ontgrendelen' })).toBeVisible();
    damage(join(host.vaultDir, 'vault.db'));
  });

  await test.step('unlocking says the data is damaged and offers a back-up', async () => {
    await page.getByLabel(/^Wachtwoordzin/).fill(passphrase);
    await page.getByRole('button', { name: 'Ontgrendelen', exact: true }).click();
    await expect(page.getByText('De gegevens in de kluis zijn beschadigd. Er is niets gewijzigd; zet een back-up terug.')).toBeVisible();
    await page.getByRole('button', { name: 'Een back-up terugzetten' }).click();
    await expect(page.getByRole('heading', { name: 'Een back-up terugzetten' })).toBeVisible();
    await expect(page.getByRole('table').getByRole('row')).not.toHaveCount(1);
    await quietScreenshot(page, '75-beschadigde-kluis-back-ups');
    await expectAccessible(page, 'restoring a back-up while locked');
  });

  await test.step('the newest back-up with the passphrase opens the vault again', async () => {
    await page.getByRole('table').getByRole('row').nth(1).getByRole('button', { name: /^Terugzetten/ }).click();
    await page.getByLabel(/^Wachtwoordzin/).fill(passphrase);
    await page.getByRole('button', { name: 'Terugzetten', exact: true }).click();
    await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toBeVisible({ timeout: 30_000 });
    expect(await clientNames(page)).toContain('Sanne de Vries');
  });
});
