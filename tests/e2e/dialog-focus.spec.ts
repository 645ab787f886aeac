import { expect, type Locator, type Page } from '@playwright/test';
import { createVault, onNewVault } from './helpers';

const test = onNewVault();

const mainMenu = (page: Page) => page.getByRole('navigation', { name: 'Hoofdmenu' });

/** Opens a dialog from a button, closes it the given way, and expects that button to have focus again. */
async function expectFocusBack(page: Page, opener: Locator, dialog: Locator, close: 'escape' | 'cancel' | 'closeButton'): Promise<void> {
  await opener.focus();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  // While open, focus is inside the dialog (the page behind it is hidden from the accessibility tree).
  await expect.poll(() => dialog.evaluate((element) => element.contains(element.ownerDocument.activeElement))).toBe(true);
  if (close === 'escape') await page.keyboard.press('Escape');
  else if (close === 'cancel') await dialog.getByRole('button', { name: 'Annuleren' }).click();
  else await dialog.getByRole('button', { name: 'Sluiten' }).click();
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
}

test('every dialog gives focus back to the button that opened it, however it is closed', async ({ page, host, invoke }) => {
  await page.goto(host.url);
  await createVault(page);
  const sanne = await invoke<{ id: number }>('clients.create', { firstName: 'Sanne', lastName: 'de Wit' });
  const mark = await invoke<{ id: number }>('clients.create', { firstName: 'Mark', lastName: 'Jansen' });
  await invoke('trajectories.create', {
    kind: 'couple',
    title: 'Sanne en Mark',
    status: 'active',
    participants: [
      { clientId: sanne.id, role: 'partner' },
      { clientId: mark.id, role: 'partner' },
    ],
  });

  await test.step('the archive question on the client page', async () => {
    await mainMenu(page).getByRole('button', { name: 'Cliënten' }).click();
    await page.getByRole('button', { name: 'Sanne de Wit' }).click();
    const archive = page.getByRole('button', { name: 'Archiveren' });
    const question = page.getByRole('alertdialog', { name: 'Sanne de Wit archiveren?' });
    await expectFocusBack(page, archive, question, 'escape');
    await expectFocusBack(page, archive, question, 'cancel');
  });

  await test.step('erasing a client, the dialog with a form', async () => {
    const erase = page.getByRole('button', { name: 'Cliënt wissen…' });
    await expectFocusBack(page, erase, page.getByRole('dialog', { name: /wissen/ }), 'closeButton');
  });

  await test.step('planning a session, adding a goal and making a repair plan on the trajectory page', async () => {
    await mainMenu(page).getByRole('button', { name: 'Trajecten' }).click();
    await page.getByRole('button', { name: 'Sanne en Mark' }).click();
    const plan = page.getByRole('region', { name: 'Sessies' }).getByRole('button', { name: 'Sessie plannen' });
    await expectFocusBack(page, plan, page.getByRole('dialog', { name: 'Sessie plannen' }), 'escape');
    await expectFocusBack(page, plan, page.getByRole('dialog', { name: 'Sessie plannen' }), 'cancel');
    const goal = page.getByRole('button', { name: 'Doel toevoegen' });
    await expectFocusBack(page, goal, page.getByRole('dialog'), 'escape');
    const repair = page.getByRole('button', { name: 'Herstelplan maken' });
    await expectFocusBack(page, repair, page.getByRole('dialog'), 'closeButton');
  });

  await test.step('after planning, focus is back on the plan button, not on the page body', async () => {
    const plan = page.getByRole('region', { name: 'Sessies' }).getByRole('button', { name: 'Sessie plannen' });
    await plan.click();
    const dialog = page.getByRole('dialog', { name: 'Sessie plannen' });
    await dialog.getByLabel('Datum').fill('11-12-2030');
    await dialog.getByLabel('Begintijd').fill('10:00');
    await dialog.getByRole('button', { name: 'Sessie plannen' }).click();
    await expect(dialog).toBeHidden();
    await expect(plan).toBeFocused();
  });
});
