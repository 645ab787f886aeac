import { expect, type Page } from '@playwright/test';
import { addDays, localDate } from '../../shared/domain/calendar';
import { createVault, expectAccessible, onNewVault, quietScreenshot } from './helpers';

const test = onNewVault();

const start = addDays(localDate(new Date()), 7);
const dayFirst = (iso: string) => iso.split('-').reverse().join('-');
const mainMenu = (page: Page) => page.getByRole('navigation', { name: 'Hoofdmenu' });

test('a recurring series is planned every two weeks with its dates shown first, then moved and cancelled from one session on', async ({ page, host, invoke }) => {
  await page.goto(host.url);
  await createVault(page);
  const client = await invoke<{ id: number }>('clients.create', { firstName: 'Sanne', lastName: 'de Wit' });
  await invoke('trajectories.create', { kind: 'individual', title: 'Sanne', status: 'active', participants: [{ clientId: client.id, role: 'client' }] });
  const sessions = page.getByRole('region', { name: 'Sessies' });
  const coming = sessions.locator('li.session-row');

  await test.step('four sessions every two weeks: the dates are listed before anything is planned', async () => {
    await mainMenu(page).getByRole('button', { name: 'Trajecten' }).click();
    await page.getByRole('button', { name: 'Sanne' }).click();
    await sessions.getByRole('button', { name: 'Sessie plannen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Sessie plannen' });
    await dialog.getByLabel('Datum').fill(dayFirst(start));
    await dialog.getByLabel(/^Begintijd/).fill('09:30');
    await dialog.getByRole('checkbox', { name: 'Herhalen als reeks' }).check();
    await dialog.getByLabel(/^Elke hoeveel weken/).fill('2');
    await dialog.getByLabel('Aantal sessies').fill('4');
    await dialog.getByRole('button', { name: 'Data bekijken' }).click();
    await expect(dialog.getByText('4 sessies')).toBeVisible();
    await expect(dialog.locator('.series-preview li')).toHaveCount(4);
    await quietScreenshot(page, 'dayui-reeks-plannen', 'view');
    await expectAccessible(page, 'plan a series');
    await dialog.getByRole('button', { name: 'Reeks plannen' }).click();
    await expect(dialog).toBeHidden();
    await expect(coming).toHaveCount(4);
    await expect(coming.filter({ hasText: '09:30–10:30' })).toHaveCount(4);
  });

  await test.step('the second session and the ones after it move to 11:00; the first stays', async () => {
    await coming.nth(1).getByRole('button', { name: /verzetten$/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Sessie verzetten' });
    await expect(dialog.getByRole('group', { name: 'Deze sessie hoort bij een reeks' })).toBeVisible();
    await dialog.getByLabel(/^Begintijd/).fill('11:00');
    await dialog.getByRole('radio', { name: 'Deze en de volgende sessies van de reeks' }).check();
    await dialog.getByRole('button', { name: 'Sessie verzetten' }).click();
    await expect(dialog).toBeHidden();
    await expect(coming.filter({ hasText: '09:30–10:30' })).toHaveCount(1);
    await expect(coming.filter({ hasText: '11:00–12:00' })).toHaveCount(3);
  });

  await test.step('cancelling the third with the ones after it leaves two coming', async () => {
    await coming.nth(2).getByRole('button').first().click();
    await page.getByRole('region', { name: 'Over deze sessie' }).getByRole('button', { name: 'Markeren als afgezegd' }).click();
    const dialog = page.getByRole('dialog', { name: 'Sessie afzeggen?' });
    await dialog.getByRole('radio', { name: 'Deze en de volgende sessies van de reeks' }).check();
    await dialog.getByRole('button', { name: 'Afzeggen' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('region', { name: 'Over deze sessie' }).getByText('Afgezegd', { exact: true })).toBeVisible();
    await page.getByRole('button', { name: 'Terug naar Sanne' }).click();
    await expect(sessions.getByText('Afgezegd')).toHaveCount(2);
  });
});
