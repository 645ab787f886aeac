import { expect, type Page } from '@playwright/test';
import { addDays, localDate } from '../../shared/domain/calendar';
import { createVault, expectAccessible, notifications, onNewVault, passphrase, quietScreenshot, screenshot, type NewVaultFixtures } from './helpers';

const test = onNewVault();

// The host runs on this machine, so "today" for core is this process's today.
const today = localDate(new Date());
const dayFirst = (iso: string) => iso.split('-').reverse().join('-');
const mainMenu = (page: Page) => page.getByRole('navigation', { name: /^(Hoofdmenu|Main menu)$/ });
/** The session workspace shows one step at a time; its step nav opens another. */
const openStep = (page: Page, name: string) =>
  page.getByRole('navigation', { name: /^(Stappen in deze sessie|Steps in this session)$/ }).getByRole('button', { name }).click();

/**
 * Sanne and Mark, a couple trajectory with two trust goals. Two weeks ago a joint session with
 * ratings and two agreements for this session; ten days ago Sanne's individual session, where she
 * rated lower (that rating must not show in a joint session).
 */
async function recordEarlierSessions(invoke: NewVaultFixtures['invoke']): Promise<void> {
  const sanneClient = await invoke<{ id: number }>('clients.create', { firstName: 'Sanne', lastName: 'de Wit' });
  const markClient = await invoke<{ id: number }>('clients.create', { firstName: 'Mark', lastName: 'Jansen' });
  const trajectory = await invoke<{ id: number; participants: { id: number; clientId: number }[] }>('trajectories.create', {
    kind: 'couple',
    title: 'Sanne en Mark',
    status: 'active',
    startDate: addDays(today, -28),
    participants: [
      { clientId: sanneClient.id, role: 'partner' },
      { clientId: markClient.id, role: 'partner' },
    ],
  });
  const sanne = trajectory.participants.find((p) => p.clientId === sanneClient.id)!.id;
  const mark = trajectory.participants.find((p) => p.clientId === markClient.id)!.id;
  const goal = (title: string, trustFactor: string) =>
    invoke<{ id: number }>('goals.create', { trajectoryId: trajectory.id, title, trustFactor, baseline: 4, target: 8 });
  const keeping = await goal('Afspraken nakomen', 'consistency');
  const money = await goal('Open zijn over geld', 'transparency');

  const session = async (daysAgo: number, attendeeIds: number[]) =>
    (
      await invoke<{ id: number }>('sessions.create', {
        trajectoryId: trajectory.id,
        startsAt: `${addDays(today, -daysAgo)}T16:30`,
        durationMinutes: 90,
        status: 'held',
        attendeeIds,
      })
    ).id;
  const joint = await session(14, [sanne, mark]);
  const individual = await session(10, [sanne]);
  const rate = (goalId: number, sessionId: number, participantId: number, value: number) =>
    invoke('goals.rate', { goalId, sessionId, participantId, value });
  await rate(keeping.id, joint, sanne, 5);
  await rate(keeping.id, joint, mark, 4);
  await rate(money.id, joint, sanne, 4);
  await rate(money.id, joint, mark, 6);
  await rate(keeping.id, individual, sanne, 3);
  await invoke('agreements.create', {
    sessionId: joint,
    owner: { kind: 'participant', participantId: sanne },
    text: 'Elke avond tien minuten samen praten, zonder telefoon',
    due: { kind: 'next_session' },
  });
  await invoke('agreements.create', {
    sessionId: joint,
    owner: { kind: 'participant', participantId: mark },
    text: 'Wekelijks samen het bankoverzicht doornemen',
    due: { kind: 'next_session' },
  });
  await invoke('sessions.saveNotes', { id: joint, summary: 'Besproken\n\nHoe het vertrouwen na de schuld verder kan.' });
  await invoke('sessions.finalise', { id: joint });
}

const summaryText =
  'Besproken\n\nHet geldgesprek verliep rustiger dan de vorige keer. Het bankoverzicht is één keer samen doorgenomen.\n\nVervolgstappen\n\nMark belt de schuldhulpverlener.';
const phqWarning =
  'Let op: vraag 9 gaat over gedachten aan de dood en aan zichzelf pijn doen, en is met meer dan 0 beantwoord. Bespreek dit nog in deze sessie en volg je veiligheidsprotocol.';
const privateText =
  'Observaties\n\nMark werd ongemakkelijk toen de schuldhulpverlener ter sprake kwam. Sanne zocht steeds oogcontact.';

test('a couple session is held: agreements reviewed, goals rated, notes written and a new agreement made', async ({ page, host, invoke, cspViolations }) => {
  await test.step('a new vault with Sanne and Mark’s earlier sessions', async () => {
    await page.goto(host.url);
    await createVault(page);
    await recordEarlierSessions(invoke);
  });

  await test.step('today’s joint session is planned on the trajectory page and opened', async () => {
    await mainMenu(page).getByRole('button', { name: 'Trajecten' }).click();
    await page.getByRole('button', { name: 'Sanne en Mark' }).click();
    await page.getByRole('button', { name: 'Sessie plannen' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Sessie plannen' });
    await dialog.getByLabel('Datum').fill(dayFirst(today));
    await dialog.getByLabel(/^Begintijd/).fill('16:30');
    await dialog.getByLabel('Duur').selectOption('90');
    await dialog.getByRole('button', { name: 'Sessie plannen' }).click();
    await expect(dialog).toBeHidden();
    const sessions = page.getByRole('region', { name: 'Sessies' });
    await sessions.locator('li', { hasText: '16:30–18:00' }).filter({ hasText: 'Gepland' }).getByRole('button').first().click();
    await expect(page.getByRole('heading', { level: 1, name: /^Sessie van / })).toBeFocused();
  });

  await test.step('the header says who is there and that it is a joint session; starting marks it in progress', async () => {
    const header = page.getByRole('region', { name: 'Over deze sessie' });
    await expect(header.getByText('Sanne en Mark')).toBeVisible();
    await expect(header.getByText('16:30–18:00')).toBeVisible();
    await expect(header.getByText('Sanne, Mark')).toBeVisible();
    await expect(header.getByText('Gezamenlijke sessie')).toBeVisible();
    await expect(header.getByText('Gepland', { exact: true })).toBeVisible();
    await header.getByRole('button', { name: 'Sessie starten' }).click();
    // Starting says only that the session is in progress; finalising it marks it held.
    await expect(notifications(page).getByText('De sessie is gestart. Hij staat op gehouden zodra je hem afrondt.')).toBeVisible();
    await expect(header.getByText('Bezig', { exact: true })).toBeVisible();
  });

  await test.step('the dashboard shows the session as in progress, with a way back into it', async () => {
    await mainMenu(page).getByRole('button', { name: 'Dashboard' }).click();
    const today = page.getByRole('region', { name: 'Vandaag' });
    const session = today.getByRole('listitem').filter({ hasText: 'Sanne en Mark' });
    await expect(session.getByText('Bezig', { exact: true })).toBeVisible();
    await quietScreenshot(page, 'dayui-dashboard-bezig', today);
    await session.getByRole('button', { name: /^Verder met de sessie van 16:30–18:00: Sanne en Mark$/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: /^Sessie van / })).toBeVisible();
  });

  await test.step('one agreement was kept, the other was not', async () => {
    const review = page.getByRole('region', { name: '1. Afspraken bespreken' });
    const talk = review.getByRole('group', { name: /^Uitkomst Elke avond tien minuten/ });
    const bank = review.getByRole('group', { name: /^Uitkomst Wekelijks samen het bankoverzicht/ });
    await expect(review.getByText('Te bespreken in de volgende sessie')).toHaveCount(2);
    await talk.getByRole('button', { name: 'Nagekomen', exact: true }).click();
    await expect(review.getByText('Opgeslagen: Nagekomen.')).toBeVisible();
    const bankCard = review.getByRole('listitem').filter({ hasText: 'Wekelijks samen het bankoverzicht' });
    await bankCard.getByLabel('Toelichting (optioneel)').fill('Eén keer gelukt, daarna vergeten.');
    await bank.getByRole('button', { name: 'Niet nagekomen', exact: true }).click();
    await expect(review.getByText('Opgeslagen: Niet nagekomen.')).toBeVisible();
    await expect(talk.getByRole('button', { name: 'Nagekomen', exact: true })).toHaveAttribute('aria-pressed', 'true');
    await expect(bank.getByRole('button', { name: 'Niet nagekomen', exact: true })).toHaveAttribute('aria-pressed', 'true');
  });

  await test.step('both partners rate both goals; the previous rating is the joint one, not Sanne’s individual one', async () => {
    await openStep(page, '2. Vertrouwensdoelen');
    const goals = page.getByRole('region', { name: '2. Vertrouwensdoelen' });
    const keeping = goals.getByRole('listitem', { name: 'Afspraken nakomen' });
    const money = goals.getByRole('listitem', { name: 'Open zijn over geld' });
    await expect(keeping.getByText('Consistent gedrag')).toBeVisible();
    const sanneKeeping = keeping.getByRole('group', { name: 'Score van Sanne' });
    await expect(sanneKeeping.getByText(/Vorige score: 5 \(/)).toBeVisible();
    await sanneKeeping.getByRole('radio', { name: '7', exact: true }).check();
    await expect(sanneKeeping.getByText('(verschil +2)')).toBeVisible();
    await keeping.getByRole('group', { name: 'Score van Mark' }).getByRole('radio', { name: '6', exact: true }).check();
    await money.getByRole('group', { name: 'Score van Sanne' }).getByRole('radio', { name: '5', exact: true }).check();
    const markMoney = money.getByRole('group', { name: 'Score van Mark' });
    await markMoney.getByRole('radio', { name: '6', exact: true }).check();
    await page.keyboard.press('ArrowRight');
    await expect(markMoney.getByRole('radio', { name: '7', exact: true })).toBeChecked();
    await keeping.getByLabel('Toelichting van Sanne (optioneel)').fill('Hij belde twee keer op tijd');
    await expect(keeping.getByText('Score van Sanne opgeslagen.')).toBeVisible();
    await expect(keeping.getByText('Score van Mark opgeslagen.')).toBeVisible();
    await expect(money.getByText('Score van Mark opgeslagen.')).toBeVisible();
  });

  await test.step('a shareable summary and a private note, saved as a draft by themselves', async () => {
    await openStep(page, '3. Notities');
    const notes = page.getByRole('region', { name: '3. Notities' });
    await expect(notes.getByLabel('Notitiesjabloon')).toHaveValue('regular');
    const summary = notes.getByRole('textbox', { name: 'Gedeelde samenvatting' });
    await expect(summary).toHaveValue(/^Besproken\n\n/);
    await summary.fill(summaryText);
    await notes.getByRole('textbox', { name: 'Privénotities' }).fill(privateText);
    await expect(notes.getByText(/Concept opgeslagen om \d\d:\d\d/)).toBeVisible();
    await notes.scrollIntoViewIfNeeded();
    await screenshot(page, '30-sessie-werkruimte');
    await expectAccessible(page, 'session workspace');
  });

  await test.step('text typed just before the vault locks is not lost, and unlocking returns to the session', async () => {
    const notes = page.getByRole('region', { name: '3. Notities' });
    await notes.getByRole('textbox', { name: 'Privénotities' }).fill(`${privateText}\n\nVolgende keer: de vakantieplannen.`);
    await page.keyboard.press('Control+l');
    await expect(page.getByRole('heading', { name: 'Kluis ontgrendelen' })).toBeVisible();
    await expect(page.getByText('vakantieplannen')).toHaveCount(0);
    await page.getByLabel(/^Wachtwoordzin/).fill(passphrase);
    await page.getByRole('button', { name: 'Ontgrendelen', exact: true }).click();
    await expect(mainMenu(page)).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: /^Sessie van / })).toBeVisible();
    await expect(mainMenu(page).getByRole('button', { name: 'Trajecten' })).toHaveAttribute('aria-current', 'page');
    // Back on the step that was open: the notes.
    await expect(page.getByRole('heading', { name: '3. Notities', level: 2 })).toBeVisible();
    await expect(notes.getByRole('textbox', { name: 'Privénotities' })).toHaveValue(/Volgende keer: de vakantieplannen\.$/);
    await expect(notes.getByText(/Concept opgeslagen om \d\d:\d\d/)).toBeVisible();
    await page.keyboard.press('Control+k');
    const palette = page.getByRole('dialog', { name: 'Zoeken' });
    await palette.getByRole('combobox').fill('vakantieplannen');
    await expect(palette.getByRole('option', { name: /Privénotitie/ })).toHaveCount(1);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('region', { name: '3. Notities' }).getByRole('textbox', { name: 'Privénotities' })).toHaveValue(
      /Volgende keer: de vakantieplannen\.$/,
    );
  });

  await test.step('a new agreement for Mark, due in the next session', async () => {
    await openStep(page, '4. Nieuwe afspraken');
    const agreements = page.getByRole('region', { name: '4. Nieuwe afspraken' });
    await agreements.getByLabel('Voor wie').selectOption({ label: 'Mark' });
    await agreements.getByRole('button', { name: 'Afspraak toevoegen' }).click();
    await expect(agreements.getByText('Afspraak is verplicht.')).toBeVisible();
    await expect(agreements.getByRole('textbox', { name: /^Afspraak/ })).toBeFocused();
    await agreements.getByRole('textbox', { name: /^Afspraak/ }).fill('Mark belt de schuldhulpverlener vóór vrijdag');
    await agreements.getByRole('button', { name: 'Afspraak toevoegen' }).click();
    await expect(notifications(page).getByText('De afspraak is toegevoegd.')).toBeVisible();
    const made = agreements.getByRole('list', { name: 'Afspraken gemaakt in deze sessie' });
    await expect(made.getByText('Mark belt de schuldhulpverlener vóór vrijdag')).toBeVisible();
    await expect(made.getByText('Mark · Te bespreken in de volgende sessie')).toBeVisible();
  });

  await test.step('Sanne fills in the trust check-in; the score and its band are shown', async () => {
    await openStep(page, '5. Vragenlijst');
    const questionnaire = page.getByRole('region', { name: '5. Vragenlijst' });
    await expect(questionnaire.getByLabel('Vragenlijst')).toHaveValue('trust-check-in');
    await questionnaire.getByLabel('Wie vult in').selectOption({ label: 'Sanne' });
    await questionnaire.getByRole('button', { name: 'Invullen', exact: true }).click();
    const form = questionnaire.getByRole('form', { name: 'Vertrouwenscheck-in voor Sanne' });
    const answers = [7, 8, 6, 7, 8];
    for (const [i, value] of answers.entries()) {
      await form.getByRole('group').nth(i).getByRole('radio', { name: String(value), exact: true }).check();
    }
    await expect(form.getByText('5 van 5 vragen beantwoord')).toBeVisible();
    await screenshot(page, '31-sessie-vragenlijst');
    await form.getByRole('button', { name: 'Antwoorden opslaan' }).click();
    const result = questionnaire.getByRole('status').filter({ hasText: 'Vertrouwenscheck-in van Sanne is opgeslagen' });
    await expect(result.getByText('7,2', { exact: true })).toBeVisible();
    await expect(result.getByText('Stevig vertrouwen').first()).toBeVisible();
    await expect(questionnaire.getByRole('list', { name: 'Ingevuld in deze sessie' })).toContainText('Vertrouwenscheck-in, ingevuld door Sanne');
  });

  await test.step('Mark fills in the PHQ-9; question 9 above 0 brings a calm warning for the practitioner', async () => {
    const questionnaire = page.getByRole('region', { name: '5. Vragenlijst' });
    await questionnaire.getByLabel('Vragenlijst').selectOption({ label: 'PHQ-9 (depressieve klachten)' });
    await questionnaire.getByLabel('Wie vult in').selectOption({ label: 'Mark' });
    await questionnaire.getByRole('button', { name: 'Invullen', exact: true }).click();
    const form = questionnaire.getByRole('form', { name: 'PHQ-9 (depressieve klachten) voor Mark' });
    const answers = [1, 1, 0, 1, 0, 0, 1, 0, 1];
    for (const [i, value] of answers.entries()) {
      await form.getByRole('group').nth(i).getByRole('radio', { name: new RegExp(`^${value}`) }).check();
    }
    await form.getByRole('button', { name: 'Antwoorden opslaan' }).click();
    const result = questionnaire.getByRole('status').filter({ hasText: 'PHQ-9 (depressieve klachten) van Mark is opgeslagen' });
    await expect(result.getByText(phqWarning, { exact: true })).toBeVisible();
    await expect(result.getByText('Licht').first()).toBeVisible();
    await expect(questionnaire.getByText(phqWarning, { exact: true }), 'said once, not again in the list').toHaveCount(1);
    await result.scrollIntoViewIfNeeded();
    await screenshot(page, '31b-sessie-phq9-let-op');
    await expectAccessible(page, 'questionnaire result with an alert');
  });

  await test.step('the session is finalised; a later change is an amendment with a reason, and both versions stay', async () => {
    const notes = page.getByRole('region', { name: '3. Notities' });
    // Finalising is the last step, after the questionnaire.
    await page.getByRole('button', { name: 'Volgende: 6. Afronden' }).click();
    const finalise = page.getByRole('region', { name: '6. Afronden' });
    await finalise.getByRole('button', { name: 'Sessie afronden' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Sessie afronden?' });
    await expect(confirm).toBeVisible();
    await confirm.getByRole('button', { name: 'Sessie afronden' }).click();
    await expect(finalise.getByText(/^Afgerond op /)).toBeVisible();
    await openStep(page, '3. Notities');
    await expect(notes.getByText(/^Afgerond op /)).toBeVisible();
    await expect(notes.getByText('Het geldgesprek verliep rustiger', { exact: false })).toBeVisible();

    await notes.getByRole('button', { name: 'Aanvulling schrijven' }).click();
    await notes.getByRole('textbox', { name: 'Privénotities' }).fill(`${privateText}\n\nAchteraf: Sanne noemde de vakantie.`);
    await notes.getByRole('button', { name: 'Aanvulling opslaan' }).click();
    await expect(notes.getByText('Reden van de aanvulling is verplicht.')).toBeVisible();
    await expect(notes.getByRole('textbox', { name: /Reden van de aanvulling/ })).toBeFocused();
    await notes.getByRole('textbox', { name: /Reden van de aanvulling/ }).fill('Vergeten te noteren');
    await notes.getByRole('button', { name: 'Aanvulling opslaan' }).click();
    await expect(notifications(page).getByText('De aanvulling is opgeslagen als versie 2.')).toBeVisible();
    await notes.getByRole('button', { name: 'Eerdere versies bekijken (2)' }).click();
    const history = page.getByRole('dialog', { name: 'Versies van de notities' });
    await expect(history.getByRole('heading', { name: /^Versie 2: aanvulling op / })).toBeVisible();
    await expect(history.getByRole('heading', { name: /^Versie 1: afgerond op / })).toBeVisible();
    await expect(history.getByText('Reden: Vergeten te noteren')).toBeVisible();
    await screenshot(page, '32-sessie-versies');
    await expectAccessible(page, 'note history');
    await page.keyboard.press('Escape');
    await expect(history).toBeHidden();
  });

  await test.step('the trajectory page shows the new rating in the chart and the new kept rate', async () => {
    await page.getByRole('button', { name: 'Terug naar Sanne en Mark' }).click();
    await expect(page.getByRole('heading', { name: 'Sanne en Mark', level: 1 })).toBeVisible();
    const goal = page.getByRole('article', { name: 'Afspraken nakomen' });
    await goal.getByText('Toon de cijfers als tabel').first().click();
    await expect(goal.getByRole('table', { name: 'Scores van Sanne de Wit voor ‘Afspraken nakomen’' }).getByRole('cell')).toHaveText(['5', '3', '7']);
    const agreements = page.getByRole('region', { name: 'Afspraken' });
    await expect(agreements.getByText('Alle afspraken: 2 afspraken besproken, 50% nagekomen')).toBeVisible();
    const questionnaires = page.getByRole('region', { name: 'Vragenlijsten' });
    await expect(questionnaires.getByText(phqWarning, { exact: true })).toBeVisible();
    await expect(questionnaires.getByText(/^Mark Jansen, sessie van .+: Meerdere dagen \(1\)$/)).toBeVisible();
    await quietScreenshot(page, '32b-traject-phq9-let-op', questionnaires);
  });

  await test.step('Ctrl+K finds the note, and marks the private-note hit with a lock', async () => {
    await page.keyboard.press('Control+k');
    const palette = page.getByRole('dialog', { name: 'Zoeken' });
    const input = palette.getByRole('combobox', { name: 'Zoeken in je praktijk' });
    await expect(input).toBeFocused();
    await input.fill('schuldhulpverlener');
    const results = palette.getByRole('listbox', { name: 'Zoekresultaten' });
    await expect(results.getByRole('group', { name: 'Sessies en notities' }).getByRole('option')).toHaveCount(2);
    await expect(results.getByRole('group', { name: 'Afspraken' }).getByRole('option')).toHaveCount(1);
    const privateHit = results.getByRole('option', { name: /Privénotitie/ });
    await expect(privateHit).toHaveCount(1);
    await expect(privateHit.locator('mark')).toHaveText('schuldhulpverlener');
    await screenshot(page, '33-zoeken-palet');
    await expectAccessible(page, 'search palette');
    await input.fill('ongemakkelijk');
    await expect(results.getByRole('option')).toHaveCount(1);
    await expect(results.getByRole('option', { name: /Privénotitie/ })).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Enter');
    await expect(palette).toBeHidden();
    await expect(page.getByRole('heading', { level: 1, name: /^Sessie van / })).toBeVisible();
  });

  await test.step('in English the workspace and the search read in English', async () => {
    await mainMenu(page).getByRole('button', { name: 'Instellingen' }).click();
    await page.getByRole('radio', { name: 'English' }).check();
    await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
    await mainMenu(page).getByRole('button', { name: 'Search' }).click();
    const field = page.getByRole('searchbox', { name: 'Search your practice' });
    await expect(field).toBeFocused();
    await field.fill('schuldhulpverlener');
    const notesGroup = page.getByRole('region', { name: /Sessions and notes/ });
    await expect(notesGroup.getByRole('button', { name: /Private note/ })).toHaveCount(1);
    await screenshot(page, '34-search-page-english');
    await expectAccessible(page, 'search page in English');
    await notesGroup.getByRole('button', { name: /shareable summary/ }).click();

    await expect(page.getByRole('heading', { level: 1, name: /^Session on / })).toBeVisible();
    await expect(page.getByRole('region', { name: 'About this session' }).getByText('Joint session')).toBeVisible();
    // A summary hit opens the session on its notes.
    await expect(page.getByRole('heading', { name: '3. Notes', level: 2 })).toBeVisible();
    await openStep(page, '1. Review agreements');
    const review = page.getByRole('region', { name: '1. Review agreements' });
    await expect(review.getByRole('button', { name: 'Kept', exact: true }).first()).toHaveAttribute('aria-pressed', 'true');
    await expect(review.getByRole('button', { name: 'Not kept', exact: true }).last()).toHaveAttribute('aria-pressed', 'true');
    await openStep(page, '2. Trust goals');
    await expect(page.getByRole('region', { name: '2. Trust goals' }).getByRole('group', { name: 'Rating by Sanne' }).first()).toBeVisible();
    await openStep(page, '3. Notes');
    const notes = page.getByRole('region', { name: '3. Notes' });
    await expect(notes.getByText('Shareable summary')).toBeVisible();
    await expect(notes.getByText('Private notes')).toBeVisible();
    await expect(notes.getByText(/^Finalised on /)).toBeVisible();
    await openStep(page, '5. Questionnaire');
    const questionnaire = page.getByRole('region', { name: '5. Questionnaire' });
    await expect(questionnaire.getByText(/^Note: question 9 asks about thoughts of being better off dead and of self-harm/)).toBeVisible();
    await screenshot(page, '35-session-english');
    await expectAccessible(page, 'session workspace in English');
    await page.getByRole('button', { name: 'Back to Sanne en Mark' }).click();
    await expect(page.getByText('All agreements: 2 agreements reviewed, 50% kept')).toBeVisible();
  });

  expect(cspViolations).toEqual([]);
});

test('questionnaires: the built-ins are listed, a scoring-only one gets the practice’s own text, a copy is edited', async ({ page, cspViolations }) => {
  await test.step('the list shows built-in questionnaires and says which come without item text', async () => {
    await mainMenu(page).getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('radio', { name: 'Nederlands' }).check();
    await expect(page.getByRole('heading', { name: 'Instellingen', level: 1 })).toBeVisible();
    await mainMenu(page).getByRole('button', { name: 'Vragenlijsten' }).click();
    await expect(page.getByRole('heading', { name: 'Vragenlijsten', level: 1 })).toBeFocused();
    const builtIn = page.getByRole('region', { name: 'Ingebouwd' });
    await expect(builtIn.getByRole('button', { name: 'Vertrouwenscheck-in', exact: true })).toBeVisible();
    await expect(builtIn.getByRole('listitem').filter({ hasText: 'Vertrouwensschaal (Rempel' })).toContainText('Alleen de scoreberekening, zonder vraagteksten');
    await screenshot(page, '36-vragenlijsten');
    await expectAccessible(page, 'questionnaire list');
  });

  await test.step('the Rempel scale gets the practice’s own text for its first item', async () => {
    await page.getByRole('button', { name: 'Vertrouwensschaal (Rempel, Holmes & Zanna)', exact: true }).click();
    await expect(page.getByText(/De vraagteksten van deze vragenlijst zijn auteursrechtelijk beschermd/)).toBeVisible();
    await expect(page.getByRole('cell', { name: 'Geen tekst (alleen de score)' })).toHaveCount(17);
    await page.getByRole('button', { name: 'Eigen vraagteksten', exact: true }).click();
    await page.getByRole('textbox', { name: 'Vraagtekst (Nederlands)' }).first().fill('Mijn partner is iemand op wie ik kan rekenen (eigen exemplaar)');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await expect(notifications(page).getByText('De vraagteksten zijn opgeslagen.')).toBeVisible();
    await expect(page.getByRole('cell', { name: /Mijn partner is iemand op wie ik kan rekenen/ })).toBeVisible();
    await expect(page.getByRole('cell', { name: 'Geen tekst (alleen de score)' })).toHaveCount(16);
  });

  await test.step('a copy of the trust check-in: the editor names a wrong band in words, then saves', async () => {
    await page.getByRole('button', { name: 'Terug naar vragenlijsten' }).click();
    await page.getByRole('region', { name: 'Ingebouwd' }).getByRole('button', { name: 'Kopiëren: Vertrouwenscheck-in' }).click();
    await expect(page.getByRole('heading', { name: 'Kopie van een vragenlijst', level: 1 })).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Titel (Nederlands)' })).toHaveValue('Vertrouwenscheck-in (kopie)');
    await page.getByRole('textbox', { name: 'Titel (Nederlands)' }).fill('Check-in voor stellen');
    const to = page.getByRole('textbox', { name: 'Tot en met' }).first();
    await to.fill('12');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await expect(page.getByText('Tot en met ligt buiten het bereik van de score.')).toBeVisible();
    await expect(to).toBeFocused();
    await screenshot(page, '37-vragenlijst-editor');
    await expectAccessible(page, 'questionnaire editor with an error');
    await to.fill('3.99');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await expect(notifications(page).getByText('De vragenlijst is opgeslagen.')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Check-in voor stellen', level: 1 })).toBeVisible();
    await expect(page.getByText('Eigen', { exact: true })).toBeVisible();
  });

  expect(cspViolations).toEqual([]);
});
