import { expect } from '@playwright/test';
import { addDays, localDate } from '../../shared/domain/calendar';
import { createVault, expectAccessible, onNewVault, quietScreenshot, type NewVaultFixtures } from './helpers';
import { expectShort, steps, walkThroughSteps } from './sessionSteps';

const test = onNewVault({ viewport: { width: 1366, height: 800 } });

const today = localDate(new Date());

/** A realistic couple session: three goals rated twice before, agreements to review, a check-in. */
async function coupleSession(invoke: NewVaultFixtures['invoke']): Promise<number> {
  const sanne = await invoke<{ id: number }>('clients.create', { firstName: 'Sanne', lastName: 'de Wit' });
  const mark = await invoke<{ id: number }>('clients.create', { firstName: 'Mark', lastName: 'Jansen' });
  const trajectory = await invoke<{ id: number; participants: { id: number; clientId: number }[] }>('trajectories.create', {
    kind: 'couple',
    title: 'Sanne en Mark',
    status: 'active',
    startDate: addDays(today, -42),
    participants: [
      { clientId: sanne.id, role: 'partner' },
      { clientId: mark.id, role: 'partner' },
    ],
  });
  const [s, m] = [sanne.id, mark.id].map((clientId) => trajectory.participants.find((p) => p.clientId === clientId)!.id) as [number, number];
  const goals = [];
  for (const [title, trustFactor] of [
    ['Afspraken nakomen', 'consistency'],
    ['Zeggen wat je dwarszit', 'open_communication'],
    ['Je veilig voelen bij ruzie', 'emotional_safety'],
  ] as const) {
    goals.push((await invoke<{ id: number }>('goals.create', { trajectoryId: trajectory.id, title, trustFactor, baseline: 3, target: 8 })).id);
  }
  const held = async (daysAgo: number) =>
    (await invoke<{ id: number }>('sessions.create', { trajectoryId: trajectory.id, startsAt: `${addDays(today, -daysAgo)}T10:00`, durationMinutes: 90, status: 'held' })).id;
  const first = await held(28);
  const second = await held(14);
  for (const [i, goal] of goals.entries()) {
    for (const [session, offset] of [[first, 0], [second, 1.5]] as const) {
      await invoke('goals.rate', { goalId: goal, sessionId: session, participantId: s, value: 4 + i + offset });
      await invoke('goals.rate', { goalId: goal, sessionId: session, participantId: m, value: 3 + i + offset });
    }
  }
  const agree = (sessionId: number, owner: unknown, text: string) => invoke('agreements.create', { sessionId, owner, text, due: { kind: 'next_session' } });
  await agree(second, { kind: 'participant', participantId: s }, 'Elke avond tien minuten samen praten, zonder telefoon');
  await agree(second, { kind: 'participant', participantId: m }, 'Zelf de afspraak met de schuldhulpverlener maken');
  await agree(second, { kind: 'all' }, 'Eén avond per week samen iets leuks doen');
  return (await invoke<{ id: number }>('sessions.create', { trajectoryId: trajectory.id, startsAt: `${today}T10:00`, durationMinutes: 90 })).id;
}

test('the session workspace follows the session one step at a time and stays short on a 1366×800 screen', async ({ page, host, invoke }) => {
  await page.goto(host.url);
  await createVault(page);
  await coupleSession(invoke);
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Trajecten' }).click();
  await page.getByRole('button', { name: 'Sanne en Mark' }).click();
  await page.getByRole('region', { name: 'Sessies' }).getByRole('button', { name: /^(ma|di|wo|do|vr|za|zo) / }).first().click();
  await expect(page.getByRole('heading', { name: /^Sessie van/, level: 1 })).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Stappen in deze sessie' });

  await test.step('the steps follow the session: review, ratings, notes, new agreements, questionnaire, and finalising last', async () => {
    await expect(nav.getByRole('button')).toHaveText([...steps.nl]);
    await expect(page.getByRole('heading', { name: '1. Afspraken bespreken', level: 2 })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Sessie afronden' })).toHaveCount(0);
    await nav.getByRole('button', { name: '3. Notities' }).click();
    await expect(page.getByRole('heading', { name: '3. Notities' })).toBeFocused();
    await expect(page.getByRole('button', { name: 'Sessie afronden' }), 'finalising is not among the notes').toHaveCount(0);
    await nav.getByRole('button', { name: '6. Afronden' }).click();
    await expect(page.getByRole('heading', { name: '6. Afronden' })).toBeFocused();
    await expect(page.getByRole('region', { name: '6. Afronden' }).getByRole('button', { name: 'Sessie afronden' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Volgende sessie' })).toBeVisible();
    await expect(page.getByRole('button', { name: /^Volgende: / }), 'the last step has no next one').toHaveCount(0);
  });

  await test.step('the ratings are a grid: each goal in a row, each partner beside the other with the previous rating', async () => {
    await nav.getByRole('button', { name: '2. Vertrouwensdoelen' }).click();
    const keeping = page.getByRole('listitem', { name: 'Afspraken nakomen' });
    const sanne = keeping.getByRole('group', { name: 'Score van Sanne' });
    const mark = keeping.getByRole('group', { name: 'Score van Mark' });
    await expect(sanne.getByText('Vorige score: 5,5 (')).toBeVisible();
    await expect(mark.getByText('Vorige score: 4,5 (')).toBeVisible();
    const [sanneBox, markBox] = [await sanne.boundingBox(), await mark.boundingBox()];
    expect(Math.abs(sanneBox!.y - markBox!.y), 'the partners are side by side').toBeLessThan(2);
    await sanne.getByRole('radio', { name: '7', exact: true }).check();
    await expect(keeping.getByText('Score van Sanne opgeslagen.')).toBeVisible();
  });

  await test.step('nothing typed is lost when switching steps, and the step nav stays in view', async () => {
    const agreements = page.getByRole('region', { name: '4. Nieuwe afspraken' });
    await nav.getByRole('button', { name: '4. Nieuwe afspraken' }).click();
    await agreements.getByLabel(/^Afspraak/).fill('Samen een avond per week wandelen');
    await nav.getByRole('button', { name: '3. Notities' }).click();
    const notes = page.getByRole('region', { name: '3. Notities' });
    await notes.getByRole('textbox', { name: 'Privénotities' }).fill('Mark leek opgelucht na het geldgesprek.');
    await expect(notes.getByText(/Concept opgeslagen om \d\d:\d\d/)).toBeVisible();
    await page.mouse.wheel(0, 2_000);
    await expect(nav).toBeInViewport();
    await quietScreenshot(page, 'dayui-sessie-stappen-in-beeld', 'view');
    await nav.getByRole('button', { name: '2. Vertrouwensdoelen' }).click();
    await expect(page.getByRole('group', { name: 'Score van Sanne' }).first().getByRole('radio', { name: '7', exact: true })).toBeChecked();
    await nav.getByRole('button', { name: '4. Nieuwe afspraken' }).click();
    await expect(agreements.getByLabel(/^Afspraak/)).toHaveValue('Samen een avond per week wandelen');
    await nav.getByRole('button', { name: '3. Notities' }).click();
    await expect(notes.getByRole('textbox', { name: 'Privénotities' })).toHaveValue('Mark leek opgelucht na het geldgesprek.');
  });

  await test.step('an agreement made here by mistake is corrected, then removed, from the session itself', async () => {
    await nav.getByRole('button', { name: '4. Nieuwe afspraken' }).click();
    const agreements = page.getByRole('region', { name: '4. Nieuwe afspraken' });
    await agreements.getByRole('button', { name: 'Afspraak toevoegen' }).click();
    const made = agreements.getByRole('list', { name: 'Afspraken gemaakt in deze sessie' });
    await made.getByRole('button', { name: 'Afspraak ‘Samen een avond per week wandelen’ wijzigen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Afspraak wijzigen' });
    await dialog.getByRole('textbox', { name: /^Afspraak/ }).fill('Samen twee avonden per week wandelen');
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await expect(made.getByText('Samen twee avonden per week wandelen')).toBeVisible();
    await made.getByRole('button', { name: 'Afspraak ‘Samen twee avonden per week wandelen’ verwijderen' }).click();
    await page.getByRole('alertdialog', { name: 'Afspraak verwijderen?' }).getByRole('button', { name: 'Verwijderen' }).click();
    await expect(agreements.getByText('Nog geen afspraken gemaakt in deze sessie.')).toBeVisible();
    await expectAccessible(page, 'session workspace, new agreements');
  });

  await test.step('every step fits in about two screens, in Dutch', async () => {
    expectShort(await walkThroughSteps(page, 'nl', 'dayui-sessie-1366x800-stap'), 'nl', '3 goals x 2 partners, 3 agreements to review');
    await expectAccessible(page, 'session workspace, finalising');
  });

  await test.step('in a narrow window (800 px) every step still reads top to bottom', async () => {
    await page.setViewportSize({ width: 800, height: 800 });
    const heights = await walkThroughSteps(page, 'nl', 'dayui-sessie-800-stap');
    console.log(`session workspace height per step at 800x800 (nl): ${heights.join(', ')} px`);
    await page.setViewportSize({ width: 1366, height: 800 });
  });

  await test.step('in English the workspace reads in English, in the same order, and stays as short', async () => {
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Instellingen' }).click();
    await page.getByRole('radio', { name: 'English' }).check();
    await page.getByRole('navigation', { name: 'Main menu' }).getByRole('button', { name: 'Programmes' }).click();
    await page.getByRole('button', { name: 'Sanne en Mark' }).click();
    await page.getByRole('region', { name: 'Sessions' }).getByRole('button', { name: /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) / }).first().click();
    await expect(page.getByRole('navigation', { name: 'Steps in this session' }).getByRole('button')).toHaveText([...steps.en]);
    expectShort(await walkThroughSteps(page, 'en', 'dayui-session-1366x800-step'), 'en', '3 goals x 2 partners, 3 agreements to review');
    await expect(page.getByRole('heading', { name: 'Next session' })).toBeVisible();
  });
});
