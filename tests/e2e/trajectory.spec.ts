import { expect, type Page } from '@playwright/test';
import { addDays, localDate } from '../../shared/domain/calendar';
import { addClient, createVault, expectAccessible, notifications, onNewVault, quietScreenshot, type NewVaultFixtures } from './helpers';

const test = onNewVault();

// Core counts days on this machine's clock; the host runs here, so "today" is this process's today.
const today = localDate(new Date());
const dayFirst = (iso: string) => iso.split('-').reverse().join('-');

interface Ids {
  trajectory: number;
  sanne: number;
  mark: number;
  goal: number;
}

/** Three held sessions (one of them Sanne's individual one) with ratings, agreements, reviews and check-ins. */
async function recordEarlierSessions(invoke: NewVaultFixtures['invoke']): Promise<void> {
  const list = await invoke<{ items: { id: number; participants: { id: number; firstName: string }[] }[] }>('trajectories.list', {});
  const trajectory = list.items[0]!;
  const ids: Ids = {
    trajectory: trajectory.id,
    sanne: trajectory.participants.find((p) => p.firstName === 'Sanne')!.id,
    mark: trajectory.participants.find((p) => p.firstName === 'Mark')!.id,
    goal: (await invoke<{ id: number }[]>('goals.list', { trajectoryId: trajectory.id }))[0]!.id,
  };
  const session = async (daysAgo: number, kind: string, attendeeIds: number[]) =>
    (
      await invoke<{ id: number }>('sessions.create', {
        trajectoryId: ids.trajectory,
        startsAt: `${addDays(today, -daysAgo)}T10:00`,
        durationMinutes: 90,
        kind,
        status: 'held',
        attendeeIds,
      })
    ).id;
  const first = await session(21, 'intake', [ids.sanne, ids.mark]);
  const individual = await session(17, 'regular', [ids.sanne]);
  const third = await session(14, 'regular', [ids.sanne, ids.mark]);

  const rate = (sessionId: number, participantId: number, value: number) =>
    invoke('goals.rate', { goalId: ids.goal, sessionId, participantId, value });
  await rate(first, ids.sanne, 4);
  await rate(first, ids.mark, 3);
  await rate(individual, ids.sanne, 5);
  await rate(third, ids.sanne, 6);
  await rate(third, ids.mark, 5.5);

  const agree = async (sessionId: number, owner: unknown, text: string, due: unknown) =>
    (await invoke<{ id: number }>('agreements.create', { sessionId, owner, text, due, alreadyDue: true })).id;
  const sanne = { kind: 'participant', participantId: ids.sanne };
  const mark = { kind: 'participant', participantId: ids.mark };
  const talk = await agree(first, sanne, 'Elke avond tien minuten samen praten, zonder telefoon', { kind: 'next_session' });
  const call = await agree(first, mark, 'Zelf de afspraak met de schuldhulpverlener maken', { kind: 'date', date: addDays(today, -16) });
  const evening = await agree(first, { kind: 'all' }, 'Eén avond per week samen iets leuks doen', { kind: 'next_session' });
  await invoke('agreements.review', { id: talk, sessionId: third, outcome: 'kept' });
  await invoke('agreements.review', { id: call, sessionId: third, outcome: 'partly_kept', note: 'Gebeld, de afspraak staat nog niet.' });
  await invoke('agreements.review', { id: evening, sessionId: third, outcome: 'not_kept' });
  await agree(third, mark, 'Wekelijks samen het bankoverzicht doornemen', { kind: 'date', date: addDays(today, -2) });
  await agree(third, sanne, 'Zeggen wanneer iets haar dwarszit, op het moment zelf', { kind: 'next_session' });

  const checkIn = (sessionId: number, participantId: number, values: number[]) =>
    invoke('questionnaires.respond', {
      sessionId,
      participantId,
      key: 'trust-check-in',
      answers: values.map((value, i) => ({ itemId: `q${i + 1}`, value })),
    });
  await checkIn(first, ids.sanne, [4, 5, 3, 4, 5]);
  await checkIn(first, ids.mark, [3, 4, 4, 2, 5]);
  await checkIn(third, ids.sanne, [6, 6, 5, 6, 7]);
  await checkIn(third, ids.mark, [5, 5, 6, 4, 6]);
}

const mainMenu = (page: Page) => page.getByRole('navigation', { name: /^(Hoofdmenu|Main menu)$/ });

test('a couple trajectory is started, given a goal and sessions, and shows on the dashboard, in Dutch and English', async ({ page, host, invoke, cspViolations }) => {
  await test.step('a new vault; without clients the trajectories list says to add a client first', async () => {
    await page.goto(host.url);
    await createVault(page);
    await mainMenu(page).getByRole('button', { name: 'Trajecten' }).click();
    await expect(page.getByRole('heading', { name: 'Trajecten', level: 1 })).toBeFocused();
    await expect(page.getByRole('heading', { name: 'Nog geen trajecten' })).toBeVisible();
    await expect(page.getByText(/Voeg eerst een cliënt toe/)).toBeVisible();
    await quietScreenshot(page, '20-trajecten-zonder-clienten');
    await expectAccessible(page, 'empty trajectories list');
  });

  await test.step('two clients are added', async () => {
    await mainMenu(page).getByRole('button', { name: 'Cliënten' }).click();
    await addClient(page, 'Sanne', 'de Wit');
    await addClient(page, 'Mark', 'Jansen');
  });

  await test.step('Ctrl+N on the trajectories list opens the new trajectory form', async () => {
    await mainMenu(page).getByRole('button', { name: 'Trajecten' }).click();
    await expect(page.getByText(/Start je eerste traject met de knop ‘Nieuw traject’/)).toBeVisible();
    await page.keyboard.press('Control+n');
    await expect(page.getByRole('heading', { name: 'Nieuw traject', level: 1 })).toBeVisible();
    await expect(page.getByLabel(/^Titel/)).toBeFocused();
  });

  await test.step('a couple trajectory with both clients as partners, started three weeks ago, check-in every two weeks', async () => {
    await page.getByRole('radio', { name: /Stel/ }).check();
    await page.getByLabel(/^Titel/).fill('Sanne en Mark');
    const search = page.getByRole('searchbox', { name: 'Cliënt zoeken' });
    await search.fill('wit');
    await page.getByRole('button', { name: 'Sanne de Wit toevoegen' }).click();
    await search.fill('jansen');
    await page.getByRole('button', { name: 'Mark Jansen toevoegen' }).click();
    const picked = page.getByRole('list', { name: 'Gekozen deelnemers' });
    await expect(picked.getByRole('combobox', { name: 'Rol van Sanne de Wit' })).toHaveValue('partner');
    await expect(picked.getByRole('combobox', { name: 'Rol van Mark Jansen' })).toHaveValue('partner');
    await page.getByLabel('Startdatum').fill(dayFirst(addDays(today, -21)));
    await page.getByLabel('Check-in-interval (weken)').fill('2');
    await search.fill('');
    await quietScreenshot(page, '21-nieuw-traject');
    await expectAccessible(page, 'new trajectory form');
    await page.getByRole('button', { name: 'Traject starten' }).click();
    await expect(page.getByRole('heading', { name: 'Sanne en Mark', level: 1 })).toBeVisible();
    await expect(notifications(page).getByText('Traject ‘Sanne en Mark’ is gestart.')).toBeVisible();
    const facts = page.locator('.trajectory-facts');
    await expect(facts.getByText('Sanne de Wit')).toBeVisible();
    await expect(facts.getByText('Mark Jansen')).toBeVisible();
    await expect(facts.getByText('Stel')).toBeVisible();
    await expect(facts.getByText(/Check-in nodig sinds/)).toBeVisible();
  });

  await test.step('a trust goal with a baseline and a target', async () => {
    await page.getByRole('button', { name: 'Doel toevoegen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nieuw vertrouwensdoel' });
    await dialog.getByLabel(/^Doel/).fill('Afspraken nakomen');
    await dialog.getByLabel('Vertrouwensfactor').selectOption({ label: 'Consistent gedrag' });
    await dialog.getByLabel(/^Beginmeting/).fill('4');
    await dialog.getByLabel(/^Streefwaarde/).fill('7,5');
    await dialog.getByRole('button', { name: 'Doel toevoegen' }).click();
    await expect(dialog).toBeHidden();
    const goal = page.getByRole('article', { name: 'Afspraken nakomen' });
    await expect(goal.getByText('Consistent gedrag')).toBeVisible();
    await expect(goal.getByText('Schaal 0–10 · Beginmeting 4 · Streefwaarde 7,5')).toBeVisible();
    await expect(goal.getByText('Nog geen scores van Sanne de Wit. Scores geef je in een sessie.')).toBeVisible();
  });

  await test.step('a joint session is planned for today, and Sanne’s individual session for next week', async () => {
    await page.getByRole('button', { name: 'Sessie plannen' }).first().click();
    let dialog = page.getByRole('dialog', { name: 'Sessie plannen' });
    await dialog.getByLabel('Datum').fill(dayFirst(today));
    await dialog.getByLabel(/^Begintijd/).fill('16:30');
    await dialog.getByLabel('Duur').selectOption('90');
    await expect(dialog.getByText('Dit wordt een gezamenlijke sessie.')).toBeVisible();
    await quietScreenshot(page, '22-sessie-plannen', 'view');
    await expectAccessible(page, 'plan a session');
    await dialog.getByRole('button', { name: 'Sessie plannen' }).click();
    await expect(dialog).toBeHidden();
    await expect(notifications(page).getByText(/Sessie gepland op .*16:30\./)).toBeVisible();

    await page.getByRole('button', { name: 'Sessie plannen' }).first().click();
    dialog = page.getByRole('dialog', { name: 'Sessie plannen' });
    await dialog.getByLabel('Datum').fill(dayFirst(addDays(today, 7)));
    await dialog.getByLabel(/^Begintijd/).fill('10:00');
    await dialog.getByRole('checkbox', { name: /Mark Jansen/ }).uncheck();
    await expect(dialog.getByText('Dit wordt een individuele sessie (Sanne).')).toBeVisible();
    await quietScreenshot(page, '23-individuele-sessie-plannen', 'view');
    await dialog.getByRole('button', { name: 'Sessie plannen' }).click();
    await expect(dialog).toBeHidden();

    const sessions = page.getByRole('region', { name: 'Sessies' });
    await expect(sessions.getByText('Gezamenlijke sessie')).toBeVisible();
    await expect(sessions.getByText('Individuele sessie (Sanne)')).toBeVisible();
    await expect(sessions.getByText('16:30–18:00')).toBeVisible();
  });

  await test.step('the dashboard shows today’s session, the check-in that is due and the trajectory', async () => {
    await mainMenu(page).getByRole('button', { name: 'Dashboard' }).click();
    const todayPanel = page.getByRole('region', { name: 'Vandaag' });
    await expect(todayPanel.getByRole('button', { name: /16:30–18:00\s*Sanne en Mark/ })).toBeVisible();
    await expect(todayPanel.getByText(/Gezamenlijke sessie/)).toBeVisible();
    await expect(page.getByRole('region', { name: 'Check-in nodig' }).getByRole('button', { name: 'Sanne en Mark' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Recent gewijzigd' }).getByRole('button', { name: 'Sanne en Mark' })).toBeVisible();
    await quietScreenshot(page, '24-dashboard');
    await expectAccessible(page, 'dashboard with a trajectory');
    await page.getByRole('region', { name: 'Recent gewijzigd' }).getByRole('button', { name: 'Sanne en Mark' }).click();
    await expect(page.getByRole('heading', { name: 'Sanne en Mark', level: 1 })).toBeVisible();
  });

  await test.step('after three held sessions the page charts ratings, the kept rate and the check-ins', async () => {
    await recordEarlierSessions(invoke);
    await mainMenu(page).getByRole('button', { name: 'Trajecten' }).click();
    await page.getByRole('button', { name: 'Sanne en Mark' }).click();
    await expect(page.getByRole('img', { name: 'Scores van Sanne de Wit voor ‘Afspraken nakomen’' })).toBeVisible();
    await expect(page.getByRole('img', { name: 'Scores van Mark Jansen voor ‘Afspraken nakomen’' })).toBeVisible();
    const goal = page.getByRole('article', { name: 'Afspraken nakomen' });
    await goal.getByText('Toon de cijfers als tabel').first().click();
    await expect(goal.getByRole('table', { name: 'Scores van Sanne de Wit voor ‘Afspraken nakomen’' }).getByRole('cell')).toHaveText(['4', '5', '6']);
    const agreements = page.getByRole('region', { name: 'Afspraken' });
    await expect(agreements.getByText('Deels nagekomen', { exact: true })).toBeVisible();
    await expect(agreements.getByText('Te laat', { exact: true })).toBeVisible();
    await expect(agreements.getByText('Alle afspraken: 3 afspraken besproken, 50% nagekomen')).toBeVisible();
    await expect(agreements.getByText(/Deels nagekomen telt voor de helft/)).toBeVisible();
    await expect(page.getByRole('img', { name: 'Scores op Vertrouwenscheck-in, per deelnemer' })).toBeVisible();
    await goal.getByText('Toon de cijfers als tabel').first().click();
    await quietScreenshot(page, '25-traject-met-voortgang');
    await expectAccessible(page, 'trajectory page with progress');
  });

  await test.step('a repair plan keeps what happened private, and looks it', async () => {
    await page.getByRole('button', { name: 'Herstelplan maken' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nieuw herstelplan' });
    await dialog.getByLabel(/^Titel/).fill('Herstel na verzwegen schuld');
    await dialog.getByLabel(/Wat er gebeurde/).fill('Mark heeft een schuld van enkele duizenden euro’s maandenlang verzwegen.');
    await dialog.getByLabel('Datum van erkenning').fill(dayFirst(addDays(today, -21)));
    await dialog.getByRole('checkbox', { name: /Zelf de afspraak met de schuldhulpverlener maken/ }).check();
    await dialog.getByRole('checkbox', { name: /Wekelijks samen het bankoverzicht doornemen/ }).check();
    await dialog.getByRole('checkbox', { name: 'Afspraken nakomen' }).check();
    await expectAccessible(page, 'repair plan form');
    await dialog.getByRole('button', { name: 'Herstelplan maken' }).click();
    await expect(dialog).toBeHidden();
    const plan = page.getByRole('article', { name: 'Herstel na verzwegen schuld' });
    await expect(plan.locator('.private-block')).toContainText('Wat er gebeurdeprivé');
    await expect(plan.getByText(/maandenlang verzwegen/)).toBeVisible();
    await expect(plan.getByText(/Erkend op/)).toBeVisible();
    await expect(plan.getByText('Wekelijks samen het bankoverzicht doornemen')).toBeVisible();
    await quietScreenshot(page, '26-herstelplan', page.getByRole('region', { name: 'Herstelplannen' }));
  });

  await test.step('the trajectory is edited: it is active now', async () => {
    await page.getByRole('button', { name: 'Traject bewerken' }).click();
    await expect(page.getByRole('heading', { name: 'Sanne en Mark bewerken' })).toBeVisible();
    await page.getByLabel('Status').selectOption({ label: 'Actief' });
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await expect(page.getByRole('heading', { name: 'Sanne en Mark', level: 1 })).toBeVisible();
    await expect(page.locator('.trajectory-facts').getByText('Actief')).toBeVisible();
  });

  await test.step('the list shows the trajectory with its partners and status, and filters by status', async () => {
    await mainMenu(page).getByRole('button', { name: 'Trajecten' }).click();
    const row = page.getByRole('row', { name: /Sanne en Mark/ });
    await expect(row.getByText('Sanne de Wit')).toBeVisible();
    await expect(row.getByText('Actief')).toBeVisible();
    await quietScreenshot(page, '27-trajecten');
    await expectAccessible(page, 'trajectories list');
    await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Afgesloten' });
    await expect(page.getByRole('heading', { name: 'Geen trajecten gevonden' })).toBeVisible();
    await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Niet afgesloten' });
    await page.getByRole('searchbox', { name: 'Zoeken in trajecten' }).fill('jansen');
    await expect(row).toBeVisible();
  });

  await test.step('in English the same pages speak English', async () => {
    await mainMenu(page).getByRole('button', { name: 'Instellingen' }).click();
    await page.getByRole('radio', { name: 'English' }).check();
    await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
    await mainMenu(page).getByRole('button', { name: 'Programmes' }).click();
    await expect(page.getByRole('heading', { name: 'Programmes', level: 1 })).toBeVisible();
    await expect(page.getByRole('columnheader', { name: 'Last changed' })).toBeVisible();
    await page.getByRole('button', { name: 'Sanne en Mark' }).click();
    await expect(page.getByRole('button', { name: 'Plan a session' }).first()).toBeVisible();
    const sessions = page.getByRole('region', { name: 'Sessions' });
    await expect(sessions.getByText('Joint session').first()).toBeVisible();
    await expect(sessions.getByText('Individual session (Sanne)').first()).toBeVisible();
    await expect(page.getByRole('img', { name: 'Ratings by Sanne de Wit for ‘Afspraken nakomen’' })).toBeVisible();
    await expect(page.getByText('All agreements: 3 agreements reviewed, 50% kept')).toBeVisible();
    await quietScreenshot(page, '28-trajectory-english');
    await expectAccessible(page, 'trajectory page in English');
    await mainMenu(page).getByRole('button', { name: 'Dashboard' }).click();
    await expect(page.getByRole('region', { name: 'Today' }).getByText(/Joint session/)).toBeVisible();
    await expect(page.getByRole('region', { name: 'Agreements to review' }).getByText('Wekelijks samen het bankoverzicht doornemen')).toBeVisible();
    await quietScreenshot(page, '29-dashboard-english');
    await expectAccessible(page, 'dashboard in English');
  });

  expect(cspViolations).toEqual([]);
});
