import { expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { addDays, addMonths, localDate } from '../../shared/domain/calendar';
import { createVault, expectAccessible, notifications, onNewVault, passphrase, quietScreenshot, screenshotsAtTwoWidths } from './helpers';

const test = onNewVault();

const toDashboard = (page: Page) => page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Dashboard' }).click();

test('a monthly check-in questionnaire comes due on the dashboard; forms are made, the client fills it in here, and the row goes', async ({ page, host, invoke }) => {
  await page.goto(host.url);
  await createVault(page);
  const today = localDate(new Date());
  // Fatima started two months ago: her monthly check-in is overdue once it is set.
  const fatima = await invoke<{ id: number }>('clients.create', { firstName: 'Fatima', lastName: 'El Amrani' });
  await invoke('trajectories.create', {
    kind: 'individual',
    title: 'Coaching Fatima',
    status: 'active',
    startDate: addMonths(today, -2),
    participants: [{ clientId: fatima.id, role: 'client' }],
  });
  // A team whose monthly check-in comes due in three days; one member answered yesterday.
  const members = [];
  for (const [firstName, lastName] of [['Mohamed', 'Yilmaz'], ['Lotte', 'de Boer'], ['Kees', 'Visser']]) {
    members.push(await invoke<{ id: number }>('clients.create', { firstName, lastName }));
  }
  const team = await invoke<{ id: number; participants: { id: number }[] }>('trajectories.create', {
    kind: 'team',
    title: 'Team Zorgteam Noord',
    status: 'active',
    startDate: addDays(addMonths(today, -1), 3),
    participants: members.map((m) => ({ clientId: m.id, role: 'team_member' })),
  });
  await invoke('checkIns.set', { trajectoryId: team.id, questionnaires: [{ questionnaireKey: 'trust-check-in', every: 'month' }] });
  const mohamed = team.participants[0]!.id;
  const yesterday = await invoke<{ id: number }>('sessions.create', { trajectoryId: team.id, startsAt: `${addDays(today, -1)}T10:00`, status: 'held', attendeeIds: [mohamed] });
  await invoke('questionnaires.respond', {
    sessionId: yesterday.id,
    participantId: mohamed,
    key: 'trust-check-in',
    answers: ['q1', 'q2', 'q3', 'q4', 'q5'].map((itemId) => ({ itemId, value: 7 })),
  });

  await test.step('the trajectory editor sets a monthly check-in questionnaire; a wrong number of weeks is named', async () => {
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Trajecten' }).click();
    await page.getByRole('button', { name: 'Coaching Fatima' }).click();
    await page.getByRole('button', { name: 'Traject bewerken' }).click();
    const checkIns = page.getByRole('group', { name: 'Check-in vragenlijsten' });
    await expect(checkIns.getByText('Dit traject heeft geen check-in vragenlijsten.')).toBeVisible();
    // Only questionnaires that fit one client: no team scale.
    await expect(checkIns.getByLabel('Vragenlijst').locator('option', { hasText: 'Psychologische veiligheid' })).toHaveCount(0);
    await checkIns.getByLabel('Vragenlijst').selectOption({ label: 'Vertrouwenscheck-in' });
    await checkIns.getByLabel('Hoe vaak').selectOption({ label: 'Om de zoveel weken' });
    await checkIns.getByLabel(/^Aantal weken/).fill('60');
    await checkIns.getByRole('button', { name: 'Check-in toevoegen' }).click();
    await expect(checkIns.getByText('Aantal weken mag hoogstens 52 zijn.')).toBeVisible();
    await checkIns.getByLabel('Hoe vaak').selectOption({ label: 'Maandelijks' });
    await checkIns.getByRole('button', { name: 'Check-in toevoegen' }).click();
    await expect(notifications(page).getByText('Check-in vragenlijsten opgeslagen.')).toBeVisible();
    await expect(checkIns.getByRole('listitem').filter({ hasText: 'Vertrouwenscheck-in' })).toContainText('Elke maand');
    await quietScreenshot(page, 'check-in-vragenlijsten-bewerken', checkIns);
    await expectAccessible(page, 'the trajectory editor with check-in questionnaires');
  });

  await test.step('the trajectory page shows when it is due, beside the check-in interval', async () => {
    await page.getByRole('button', { name: 'Terug naar het traject' }).click();
    const fact = page.locator('.trajectory-facts').getByRole('listitem').filter({ hasText: 'Vertrouwenscheck-in' });
    await expect(fact).toContainText('Elke maand');
    await expect(fact).toContainText(/Te laat: was /);
  });

  const panel = page.getByRole('region', { name: 'Vragenlijsten te doen' });
  const fatimaRow = panel.getByRole('listitem').filter({ hasText: 'Coaching Fatima' });
  const teamRow = panel.getByRole('listitem').filter({ hasText: 'Team Zorgteam Noord' });

  await test.step('the dashboard lists both: overdue in words and with an icon, and for the team who answered', async () => {
    await toDashboard(page);
    await expect(fatimaRow).toContainText('Vertrouwenscheck-in');
    await expect(fatimaRow).toContainText(/Te laat: was /);
    await expect(fatimaRow.locator('.dash-reason-overdue svg')).toHaveCount(1);
    await expect(teamRow).toContainText(/Uiterlijk /);
    await expect(teamRow).toContainText('1 van 3 beantwoord');
    await expect(teamRow).toContainText('Beantwoord: Mohamed Yilmaz');
    await expect(teamRow).toContainText('Nog niet: Lotte de Boer, Kees Visser');
    await expectAccessible(page, 'the dashboard with questionnaires due');
    await screenshotsAtTwoWidths(page, 'dashboard-vragenlijsten-te-doen');
  });

  await test.step('"Formulieren maken" downloads a form file for whoever has not answered', async () => {
    const downloading = page.waitForEvent('download');
    await fatimaRow.getByRole('button', { name: /^Formulieren maken voor Fatima El Amrani/ }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^vragenlijst-fatima-[0-9a-f]{6}\.html$/);
    expect(readFileSync((await download.path())!, 'utf8')).toContain('Vertrouwenscheck-in');
    await expect(notifications(page).getByText('Invulformulier gemaakt voor Fatima El Amrani. Het staat bij je downloads.')).toBeVisible();
    // A form made is not an answer: the row stays until answers come in.
    await expect(fatimaRow).toBeVisible();
  });

  await test.step('"Laat de cliënt invullen" hands the device to Fatima; after her answers the row is gone', async () => {
    await fatimaRow.getByRole('button', { name: /^Laat de cliënt invullen/ }).click();
    await expect(page.getByRole('heading', { name: 'Hallo Fatima', level: 1 })).toBeFocused();
    const questions = page.locator('fieldset.q-item');
    for (const [i, value] of [[0, 6], [1, 7], [2, 7], [3, 8], [4, 6]] as const) await questions.nth(i).getByText(String(value), { exact: true }).click();
    await page.getByRole('button', { name: 'Antwoorden opslaan' }).click();
    await expect(page.getByRole('heading', { name: 'Dank je wel, Fatima', level: 1 })).toBeVisible();
    await page.getByRole('button', { name: 'Invulmodus verlaten' }).click();
    const dialog = page.getByRole('dialog', { name: 'Invulmodus verlaten' });
    await dialog.getByLabel(/^Wachtwoordzin/).fill(passphrase);
    await dialog.getByRole('button', { name: 'Verlaten', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Coaching Fatima', level: 1 })).toBeVisible();
    await toDashboard(page);
    await expect(teamRow).toBeVisible();
    await expect(fatimaRow).toHaveCount(0);
  });

  await test.step('with several still to answer, the practitioner chooses who gets the device', async () => {
    await teamRow.getByRole('button', { name: /^Laat de cliënt invullen/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Wie vult Vertrouwenscheck-in in?' });
    await expect(dialog.getByLabel('Deelnemer').locator('option')).toHaveText(['Lotte de Boer', 'Kees Visser']);
    await expectAccessible(page, 'choosing who fills in');
    await dialog.getByRole('button', { name: 'Annuleren' }).click();
    await expect(dialog).toBeHidden();
  });

  await test.step('in English the list is "Questionnaires due"', async () => {
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Instellingen' }).click();
    await page.getByRole('radio', { name: 'English' }).check();
    await page.getByRole('navigation', { name: 'Main menu' }).getByRole('button', { name: 'Dashboard' }).click();
    const english = page.getByRole('region', { name: 'Questionnaires due' });
    await expect(english.getByRole('listitem').filter({ hasText: 'Team Zorgteam Noord' })).toContainText('1 of 3 answered');
    await expectAccessible(page, 'the dashboard in English');
    await screenshotsAtTwoWidths(page, 'dashboard-questionnaires-due-en');
    await page.getByRole('navigation', { name: 'Main menu' }).getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('radio', { name: 'Nederlands' }).check();
  });
});
