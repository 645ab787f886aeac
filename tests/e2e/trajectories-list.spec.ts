import { expect, type Page } from '@playwright/test';
import { createVault, onNewVault } from './helpers';

const test = onNewVault();

const mainMenu = (page: Page) => page.getByRole('navigation', { name: 'Hoofdmenu' });

test('the trajectories list is paged and filtered by core, so closed ones and later pages are never silently left out', async ({ page, host, invoke }) => {
  await page.goto(host.url);
  await createVault(page);
  // 30 open individual trajectories, 3 closed ones and 2 couples.
  for (let i = 1; i <= 35; i++) {
    const client = await invoke<{ id: number }>('clients.create', { firstName: 'Cliënt', lastName: String(i).padStart(2, '0') });
    await invoke('trajectories.create', {
      kind: i > 33 ? 'couple' : 'individual',
      title: `Traject ${String(i).padStart(2, '0')}`,
      status: i > 30 && i <= 33 ? 'closed' : 'active',
      participants: [{ clientId: client.id, role: i > 33 ? 'partner' : 'client' }],
    });
  }
  const rows = page.getByRole('table').getByRole('row');
  const pager = page.getByRole('navigation', { name: 'Bladeren door trajecten' });

  await test.step('the first page shows 25 of the 32 not closed, the next page the other 7', async () => {
    await mainMenu(page).getByRole('button', { name: 'Trajecten' }).click();
    await expect(pager.getByText('1–25 van 32')).toBeVisible();
    await expect(rows).toHaveCount(26); // with the header row
    await pager.getByRole('button', { name: 'Volgende' }).click();
    await expect(pager.getByText('26–32 van 32')).toBeVisible();
    await expect(rows).toHaveCount(8);
  });

  await test.step('status Afgesloten asks core for the closed ones, from the first page', async () => {
    await page.getByLabel('Status').selectOption('closed');
    await expect(rows).toHaveCount(4);
    await expect(page.getByRole('button', { name: 'Traject 31' })).toBeVisible();
    await expect(pager).toBeHidden();
  });

  await test.step('kind Stel with all statuses shows the two couples', async () => {
    await page.getByLabel('Status').selectOption('all');
    await page.getByLabel('Soort').selectOption('couple');
    await expect(rows).toHaveCount(3);
    await expect(page.getByRole('button', { name: 'Traject 35' })).toBeVisible();
  });
});
