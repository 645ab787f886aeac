import { expect, type Page } from '@playwright/test';
import { addDays, localDate } from '../../shared/domain/calendar';
import { createVault, expectAccessible, notifications, onNewVault, quietScreenshot } from './helpers';

const test = onNewVault();

const inAWeek = addDays(localDate(new Date()), 7);
const dayFirst = (iso: string) => iso.split('-').reverse().join('-');
const mainMenu = (page: Page) => page.getByRole('navigation', { name: 'Hoofdmenu' });

test('a session is rescheduled over another client’s booked hour: the overlap is shown first, and saving anyway stays possible', async ({ page, host, invoke }) => {
  await page.goto(host.url);
  await createVault(page);
  const trajectory = async (firstName: string, title: string) => {
    const client = await invoke<{ id: number }>('clients.create', { firstName, lastName: 'Bakker' });
    return invoke<{ id: number }>('trajectories.create', { kind: 'individual', title, status: 'active', participants: [{ clientId: client.id, role: 'client' }] });
  };
  const noord = await trajectory('Ilse', 'Ilse Bakker');
  const sanne = await trajectory('Sanne', 'Sanne de Wit');
  await invoke('sessions.create', { trajectoryId: noord.id, startsAt: `${inAWeek}T10:00`, durationMinutes: 60 });
  await invoke('sessions.create', { trajectoryId: sanne.id, startsAt: `${inAWeek}T14:00`, durationMinutes: 60 });

  const sessions = page.getByRole('region', { name: 'Sessies' });
  const dialog = page.getByRole('dialog', { name: 'Sessie verzetten' });

  await test.step('Verzetten on Sanne’s coming session opens the dialog with its own time filled in', async () => {
    await mainMenu(page).getByRole('button', { name: 'Trajecten' }).click();
    await page.getByRole('button', { name: 'Sanne de Wit' }).click();
    await sessions.getByRole('button', { name: /^Sessie van .* verzetten$/ }).click();
    await expect(dialog.getByLabel('Datum')).toHaveValue(dayFirst(inAWeek));
    await expect(dialog.getByLabel(/^Begintijd/)).toHaveValue('14:00');
  });

  await test.step('moved to 10:30 and shortened, it overlaps Ilse’s session: said before anything is saved', async () => {
    await dialog.getByLabel(/^Begintijd/).fill('10:30');
    await dialog.getByLabel('Duur').selectOption('45');
    await dialog.getByRole('button', { name: 'Sessie verzetten' }).click();
    const warning = dialog.getByRole('alert');
    await expect(warning).toContainText('Dit tijdstip overlapt met een geplande sessie');
    await expect(warning).toContainText('Ilse Bakker');
    await expect(warning).toContainText('10:00–11:00');
    await quietScreenshot(page, 'dayui-verzetten-overlap', 'view');
    await expectAccessible(page, 'reschedule dialog with an overlap');
    await page.keyboard.press('Escape');
    await expect(sessions.getByText('14:00–15:00')).toBeVisible();
  });

  await test.step('a time without overlap saves at once', async () => {
    await sessions.getByRole('button', { name: /^Sessie van .* verzetten$/ }).click();
    await dialog.getByLabel(/^Begintijd/).fill('15:00');
    await dialog.getByRole('button', { name: 'Sessie verzetten' }).click();
    await expect(dialog).toBeHidden();
    await expect(sessions.getByText('15:00–16:00')).toBeVisible();
  });

  await test.step('saving anyway keeps the overlapping time, on purpose', async () => {
    await sessions.getByRole('button', { name: /^Sessie van .* verzetten$/ }).click();
    await dialog.getByLabel(/^Begintijd/).fill('10:30');
    await dialog.getByRole('button', { name: 'Sessie verzetten' }).click();
    await expect(dialog.getByRole('alert')).toContainText('Ilse Bakker');
    await dialog.getByRole('button', { name: 'Toch verzetten' }).click();
    await expect(dialog).toBeHidden();
    await expect(notifications(page).getByText(/^De sessie is verzet naar .*, 10:30\.$/)).toBeVisible();
    await expect(sessions.getByText('10:30–11:30')).toBeVisible();
    await expect(sessions.getByRole('button', { name: /^Sessie van .* verzetten$/ })).toBeFocused();
  });

  await test.step('planning a new session on that hour warns the same way', async () => {
    await sessions.getByRole('button', { name: 'Sessie plannen' }).click();
    const plan = page.getByRole('dialog', { name: 'Sessie plannen' });
    await plan.getByLabel('Datum').fill(dayFirst(inAWeek));
    await plan.getByLabel(/^Begintijd/).fill('10:15');
    await plan.getByRole('button', { name: 'Sessie plannen' }).click();
    await expect(plan.getByRole('alert')).toContainText('overlapt met 2 geplande sessies');
    await expect(plan.getByRole('button', { name: 'Toch plannen' })).toBeVisible();
    await page.keyboard.press('Escape');
  });
});
