import { expect, type Page } from '@playwright/test';
import { addDays, localDate } from '../../shared/domain/calendar';
import { createVault, expectAccessible, onNewVault, quietScreenshot } from './helpers';

const test = onNewVault();

const today = localDate(new Date());
const dayFirst = (iso: string) => iso.split('-').reverse().join('-');
const mainMenu = (page: Page) => page.getByRole('navigation', { name: 'Hoofdmenu' });

test('an agreement entered with the wrong date is corrected, and one made by mistake is removed', async ({ page, host, invoke }) => {
  await page.goto(host.url);
  await createVault(page);
  const client = await invoke<{ id: number }>('clients.create', { firstName: 'Sanne', lastName: 'de Wit' });
  const trajectory = await invoke<{ id: number; participants: { id: number }[] }>('trajectories.create', {
    kind: 'individual',
    title: 'Sanne',
    status: 'active',
    participants: [{ clientId: client.id, role: 'client' }],
  });
  const session = await invoke<{ id: number }>('sessions.create', { trajectoryId: trajectory.id, startsAt: `${addDays(today, -10)}T10:00`, status: 'held' });
  const owner = { kind: 'participant', participantId: trajectory.participants[0]!.id };
  // A date typed wrongly (five days ago, marked as already due); the practitioner meant three weeks from now.
  const wrongDate = addDays(today, -5);
  await invoke('agreements.create', { sessionId: session.id, owner, text: 'Elke dag een kwartier wandelen', due: { kind: 'date', date: wrongDate }, alreadyDue: true });
  await invoke('agreements.create', { sessionId: session.id, owner, text: 'Per ongeluk dubbel ingevoerd', due: { kind: 'next_session' } });

  const agreements = page.getByRole('region', { name: 'Afspraken' });
  const walking = agreements.getByRole('row', { name: /Elke dag een kwartier wandelen/ });

  await test.step('the wrong date shows the agreement as late', async () => {
    await mainMenu(page).getByRole('button', { name: 'Trajecten' }).click();
    await page.getByRole('button', { name: 'Sanne' }).click();
    await expect(walking.getByText('Te laat')).toBeVisible();
  });

  await test.step('a past date is refused unless it is marked as already due, naming the field', async () => {
    await walking.getByRole('button', { name: 'Afspraak ‘Elke dag een kwartier wandelen’ wijzigen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Afspraak wijzigen' });
    await expect(dialog.getByLabel('Te bespreken op', { exact: true })).toHaveValue(dayFirst(wrongDate));
    await dialog.getByLabel('Te bespreken op', { exact: true }).fill(dayFirst(addDays(today, -1)));
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await expect(dialog.getByText(/^Te bespreken op ligt in het verleden\./)).toBeVisible();
    await expect(dialog.getByLabel('Te bespreken op', { exact: true })).toBeFocused();
    await quietScreenshot(page, 'dayui-afspraak-wijzigen', 'view');
    await expectAccessible(page, 'edit agreement dialog');
  });

  await test.step('corrected to three weeks from now, it is open again, and focus is back on its edit button', async () => {
    const dialog = page.getByRole('dialog', { name: 'Afspraak wijzigen' });
    await dialog.getByLabel('Te bespreken op', { exact: true }).fill(dayFirst(addDays(today, 21)));
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await expect(dialog).toBeHidden();
    await expect(walking.getByText('Te laat')).toBeHidden();
    await expect(walking.getByText('Open', { exact: true })).toBeVisible();
    await expect(walking.getByRole('button', { name: /wijzigen$/ })).toBeFocused();
  });

  await test.step('the duplicate is removed after a question; the dashboard no longer shows the late one', async () => {
    const duplicate = agreements.getByRole('row', { name: /Per ongeluk dubbel ingevoerd/ });
    await duplicate.getByRole('button', { name: 'Afspraak ‘Per ongeluk dubbel ingevoerd’ verwijderen' }).click();
    const question = page.getByRole('alertdialog', { name: 'Afspraak verwijderen?' });
    await expect(question).toContainText('‘Per ongeluk dubbel ingevoerd’ verdwijnt');
    await question.getByRole('button', { name: 'Verwijderen' }).click();
    await expect(duplicate).toHaveCount(0);
    await expect(agreements.getByRole('heading', { name: 'Open (1)' })).toBeVisible();
    await mainMenu(page).getByRole('button', { name: 'Dashboard' }).click();
    await expect(page.getByText('Elke dag een kwartier wandelen')).toHaveCount(0);
  });
});
