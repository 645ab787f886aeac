import { expect, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { addDays, localDate, mondayOf } from '../../shared/domain/calendar';
import { createVault, expectAccessible, onNewVault, quietScreenshot } from './helpers';

const test = onNewVault();

const monday = mondayOf(localDate(new Date()));
const wednesday = addDays(monday, 2);
const thursday = addDays(monday, 3);
const nextTuesday = addDays(monday, 8);
const dayFirst = (iso: string) => iso.split('-').reverse().join('-');
const mainMenu = (page: Page) => page.getByRole('navigation', { name: /^(Hoofdmenu|Main menu)$/ });

test('the calendar shows a week of sessions, pages with the keyboard, opens and moves a session, and exports without names', async ({ page, host, invoke }) => {
  await page.goto(host.url);
  await createVault(page);
  const trajectory = async (firstName: string, lastName: string, title: string) => {
    const client = await invoke<{ id: number }>('clients.create', { firstName, lastName });
    return invoke<{ id: number }>('trajectories.create', { kind: 'individual', title, status: 'active', participants: [{ clientId: client.id, role: 'client' }] });
  };
  const sanne = await trajectory('Sanne', 'de Wit', 'Sanne de Wit');
  const ilse = await trajectory('Ilse', 'Bakker', 'Ilse Bakker');
  await invoke('sessions.create', { trajectoryId: sanne.id, startsAt: `${wednesday}T10:00`, durationMinutes: 60 });
  await invoke('sessions.create', { trajectoryId: ilse.id, startsAt: `${wednesday}T14:00`, durationMinutes: 90 });
  const cancelled = await invoke<{ id: number }>('sessions.create', { trajectoryId: ilse.id, startsAt: `${thursday}T09:00` });
  await invoke('sessions.setStatus', { id: cancelled.id, status: 'cancelled' });
  await invoke('sessions.create', { trajectoryId: sanne.id, startsAt: `${nextTuesday}T11:00` });

  const day = (iso: string) => page.getByRole('listitem', { name: new RegExp(`^\\w+ ${Number(iso.slice(8))} `) });

  await test.step('Agenda in the sidebar opens this week, Monday to Sunday, with each session and its status in words', async () => {
    await mainMenu(page).getByRole('button', { name: 'Agenda' }).click();
    await expect(page.getByRole('heading', { name: 'Agenda', level: 1 })).toBeFocused();
    await expect(page.locator('.calendar-day-title')).toHaveCount(7);
    await expect(page.locator('.calendar-day-title').first()).toHaveText(/^ma /);
    await expect(day(wednesday).getByRole('button', { name: /Sanne de Wit openen$/ })).toBeVisible();
    await expect(day(wednesday).getByText('14:00–15:30')).toBeVisible();
    await expect(day(thursday).getByText('Afgezegd')).toBeVisible();
    await quietScreenshot(page, 'dayui-agenda-week');
    await expectAccessible(page, 'calendar week view');
  });

  await test.step('the arrow keys page to next week and back; T comes back to today', async () => {
    await page.getByRole('heading', { name: 'Agenda', level: 1 }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(day(nextTuesday).getByText('11:00–12:00')).toBeVisible();
    await page.keyboard.press('ArrowLeft');
    await expect(day(wednesday).getByText('10:00–11:00')).toBeVisible();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('t');
    await expect(day(wednesday).getByText('10:00–11:00')).toBeVisible();
  });

  await test.step('a session is moved to Thursday through a dialog', async () => {
    await day(wednesday).getByRole('button', { name: /Sanne de Wit verzetten$/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Sessie verzetten' });
    await dialog.getByLabel('Datum').fill(dayFirst(thursday));
    await dialog.getByRole('button', { name: 'Sessie verzetten' }).click();
    await expect(dialog).toBeHidden();
    await expect(day(thursday).getByRole('button', { name: /Sanne de Wit openen$/ })).toBeVisible();
    await expect(day(wednesday).getByRole('button', { name: /Sanne de Wit openen$/ })).toHaveCount(0);
  });

  await test.step('the day view shows one day; a session opens from it', async () => {
    await page.getByRole('button', { name: 'Dag', exact: true }).click();
    await expect(page.locator('.calendar-day-title')).toHaveCount(1);
    await page.getByRole('button', { name: 'Week', exact: true }).click();
    await day(thursday).getByRole('button', { name: /Sanne de Wit openen$/ }).click();
    await expect(page.getByRole('heading', { name: /^Sessie van /, level: 1 })).toBeVisible();
  });

  await test.step('Agenda exporteren: without names by default; with names the warning says where names end up', async () => {
    await mainMenu(page).getByRole('button', { name: 'Agenda' }).click();
    await page.getByRole('button', { name: 'Agenda exporteren' }).click();
    const dialog = page.getByRole('dialog', { name: 'Agenda exporteren' });
    const names = dialog.getByRole('checkbox', { name: 'Met namen' });
    await expect(names).not.toBeChecked();
    await expect(names).toHaveAccessibleDescription(/servers van anderen/);
    await expectAccessible(page, 'calendar export dialog');
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Exporteren' }).click();
    const ics = await readFile(await (await download).path(), 'utf8');
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics).toContain('Traject-sessie');
    expect(ics).not.toContain('Sanne');
    expect(ics).not.toContain('Ilse');
  });

  await test.step('in English the calendar speaks English', async () => {
    await mainMenu(page).getByRole('button', { name: 'Instellingen' }).click();
    await page.getByRole('radio', { name: 'English' }).check();
    await mainMenu(page).getByRole('button', { name: 'Calendar' }).click();
    await expect(page.getByRole('heading', { name: 'Calendar', level: 1 })).toBeVisible();
    await expect(page.locator('.calendar-day-title').first()).toHaveText(/^Mon /);
    await expect(day(thursday).getByText('Cancelled')).toBeVisible();
    await quietScreenshot(page, 'dayui-calendar-week-en');
    await expectAccessible(page, 'calendar week view in English');
  });
});
