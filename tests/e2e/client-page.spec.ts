import { expect, type Page } from '@playwright/test';
import { addDays, localDate } from '../../shared/domain/calendar';
import { createVault, expectAccessible, onNewVault, quietScreenshot } from './helpers';

const test = onNewVault();

const today = localDate(new Date());
const mainMenu = (page: Page) => page.getByRole('navigation', { name: /^(Hoofdmenu|Main menu)$/ });

test('the client page shows the client whole, and the clients list their status and next session', async ({ page, host, invoke }) => {
  await page.goto(host.url);
  await createVault(page);
  const sanne = await invoke<{ id: number }>('clients.create', { firstName: 'Sanne', lastName: 'de Wit' });
  const mark = await invoke<{ id: number }>('clients.create', { firstName: 'Mark', lastName: 'Jansen' });
  await invoke('clients.create', { firstName: 'Ilse', lastName: 'Bakker' });
  const trajectory = await invoke<{ id: number; participants: { id: number; clientId: number }[] }>('trajectories.create', {
    kind: 'couple',
    title: 'Sanne en Mark',
    status: 'active',
    participants: [
      { clientId: sanne.id, role: 'partner' },
      { clientId: mark.id, role: 'partner' },
    ],
  });
  const sanneId = trajectory.participants.find((p) => p.clientId === sanne.id)!.id;
  const held = await invoke<{ id: number }>('sessions.create', { trajectoryId: trajectory.id, startsAt: `${addDays(today, -7)}T10:00`, status: 'held' });
  await invoke('sessions.create', { trajectoryId: trajectory.id, startsAt: `${addDays(today, 7)}T10:00`, durationMinutes: 90 });
  await invoke('agreements.create', { sessionId: held.id, owner: { kind: 'participant', participantId: sanneId }, text: 'Zeggen wanneer iets dwarszit', due: { kind: 'next_session' } });
  await invoke('questionnaires.respond', {
    sessionId: held.id,
    participantId: sanneId,
    key: 'trust-check-in',
    answers: [6, 6, 5, 6, 7].map((value, i) => ({ itemId: `q${i + 1}`, value })),
  });

  await test.step('the clients list shows each client’s status and next session', async () => {
    await mainMenu(page).getByRole('button', { name: 'Cliënten' }).click();
    const sanneRow = page.getByRole('row', { name: /Sanne de Wit/ });
    await expect(sanneRow.getByText('Actief')).toBeVisible();
    await expect(sanneRow.getByRole('cell', { name: /^\w+ \d+ \w+, 10:00$/ })).toBeVisible();
    const ilseRow = page.getByRole('row', { name: /Ilse Bakker/ });
    await expect(ilseRow.getByText('Geen traject')).toBeVisible();
    await expect(ilseRow.getByText('Niets gepland')).toBeVisible();
    await quietScreenshot(page, 'dayui-clienten-lijst');
  });

  await test.step('her page shows her trajectory, past and next sessions, open agreement and latest score', async () => {
    await page.getByRole('button', { name: 'Sanne de Wit' }).click();
    const overview = page.getByRole('region', { name: 'Overzicht' });
    await expect(overview.getByText('Actief', { exact: true })).toBeVisible();
    await expect(overview.getByRole('button', { name: 'Sanne en Mark' })).toBeVisible();
    await expect(overview.getByText('Partner · Actief')).toBeVisible();
    await expect(overview.getByRole('button', { name: /^Sessie .* openen$/ })).toHaveCount(2);
    await expect(overview.getByText('Zeggen wanneer iets dwarszit')).toBeVisible();
    await expect(overview.getByText(/^Vertrouwenscheck-in: \d/)).toBeVisible();
    await quietScreenshot(page, 'dayui-clientpagina');
    await expectAccessible(page, 'client page with its overview');
  });

  await test.step('the next session opens from her page', async () => {
    await page.getByRole('region', { name: 'Overzicht' }).getByRole('button', { name: /^Sessie .* openen$/ }).first().click();
    await expect(page.getByRole('heading', { name: /^Sessie van /, level: 1 })).toBeVisible();
  });

  await test.step('archived, her page and the list say so', async () => {
    await invoke('clients.archive', { id: sanne.id });
    await mainMenu(page).getByRole('button', { name: 'Cliënten' }).click();
    await page.getByRole('checkbox', { name: 'Ook gearchiveerde cliënten tonen' }).check();
    await expect(page.getByRole('row', { name: /Sanne de Wit/ }).getByText('Gearchiveerd')).toBeVisible();
    await page.getByRole('button', { name: 'Sanne de Wit' }).click();
    await expect(page.getByRole('region', { name: 'Overzicht' }).getByText('Gearchiveerd', { exact: true })).toBeVisible();
  });

  await test.step('in English the page speaks English', async () => {
    await mainMenu(page).getByRole('button', { name: 'Instellingen' }).click();
    await page.getByRole('radio', { name: 'English' }).check();
    await mainMenu(page).getByRole('button', { name: 'Clients' }).click();
    await page.getByRole('button', { name: 'Mark Jansen' }).click();
    const overview = page.getByRole('region', { name: 'Overview' });
    await expect(overview.getByRole('heading', { name: 'Coming sessions' })).toBeVisible();
    await quietScreenshot(page, 'dayui-client-page-en');
    await expectAccessible(page, 'client page in English');
  });
});
