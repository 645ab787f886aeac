import { expect, type Page } from '@playwright/test';
import { sanneAndMark } from './couple';
import { createVault, expectAccessible, notifications, onNewVault, passphrase, quietScreenshot, screenshotsAtTwoWidths } from './helpers';

const test = onNewVault();

/** The client screen shows one questionnaire and nothing of the practice around it. */
async function expectOnlyTheQuestionnaire(page: Page, others: string[]): Promise<void> {
  await expect(page.getByRole('navigation')).toHaveCount(0);
  await expect(page.getByRole('button', { name: /Vergrendelen|Lock/ })).toHaveCount(0);
  for (const name of others) await expect(page.getByText(name)).toHaveCount(0);
  await page.keyboard.press('Control+k');
  await expect(page.getByRole('dialog')).toHaveCount(0);
}

test('a client fills in a questionnaire in the session, and only the passphrase brings the practitioner back', async ({ page, host, invoke }) => {
  await page.goto(host.url);
  await createVault(page);
  const { trajectoryId } = await sanneAndMark(invoke);
  await invoke('sessions.create', { trajectoryId, startsAt: '2026-11-20T10:00', status: 'held' });

  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Trajecten' }).click();
  await page.getByRole('button', { name: 'Sanne en Mark' }).click();
  await page.getByRole('region', { name: 'Sessies' }).getByRole('button', { name: /^(ma|di|wo|do|vr|za|zo) / }).first().click();
  await page.getByRole('navigation', { name: 'Stappen in deze sessie' }).getByRole('button', { name: '5. Vragenlijst' }).click();

  await test.step('"Laat de cliënt invullen" offers only questionnaires that fit, and the people in the session', async () => {
    await page.getByRole('button', { name: 'Laat de cliënt invullen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Laat de cliënt invullen' });
    await expect(dialog.getByLabel(/^Vragenlijst/)).toHaveValue('trust-check-in');
    await expect(dialog.getByLabel(/^Vragenlijst/).locator('option', { hasText: 'Psychologische veiligheid' })).toHaveCount(0);
    await dialog.getByLabel('Wie vult in').selectOption({ label: 'Sanne de Vries' });
    await expectAccessible(page, 'the client mode dialog');
    await quietScreenshot(page, 'invulmodus-starten', 'view');
    await dialog.getByRole('button', { name: 'Invulmodus starten' }).click();
  });

  await test.step('the window shows only the questionnaire, large, for Sanne; the keyboard answers it', async () => {
    const hello = page.getByRole('heading', { name: 'Hallo Sanne', level: 1 });
    await expect(hello).toBeFocused();
    await expect(page.getByRole('heading', { name: 'Vertrouwenscheck-in', level: 2 })).toBeVisible();
    await expectOnlyTheQuestionnaire(page, ['Mark', 'Jansen', 'de Vries', 'Sanne en Mark']);
    await expectAccessible(page, 'client mode');
    await screenshotsAtTwoWidths(page, 'invulmodus-vragenlijst-nl');

    await hello.focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
    const questions = page.locator('fieldset.q-item');
    await expect(questions.first().getByRole('radio', { name: '6', exact: true })).toBeChecked();
    for (const [i, value] of [[1, 7], [2, 7], [3, 8], [4, 6]] as const) {
      await questions.nth(i).getByText(String(value), { exact: true }).click();
    }
    await expect(page.getByText('5 van 5 vragen beantwoord')).toBeVisible();
    await page.getByRole('button', { name: 'Antwoorden opslaan' }).click();
    await expect(page.getByRole('heading', { name: 'Dank je wel, Sanne', level: 1 })).toBeFocused();
    await expect(page.getByText('Je antwoorden zijn opgeslagen. Geef de computer nu terug.')).toBeVisible();
    await expectAccessible(page, 'client mode, thanks');
    await screenshotsAtTwoWidths(page, 'invulmodus-dank-nl');
  });

  await test.step('a wrong passphrase says so and client mode stays on', async () => {
    await page.getByRole('button', { name: 'Invulmodus verlaten' }).click();
    const dialog = page.getByRole('dialog', { name: 'Invulmodus verlaten' });
    await dialog.getByLabel(/^Wachtwoordzin/).fill('ik probeer maar wat');
    await dialog.getByRole('button', { name: 'Verlaten', exact: true }).click();
    await expect(dialog.getByText('Deze wachtwoordzin klopt niet. Controleer hem en probeer het opnieuw. De invulmodus blijft aan.')).toBeVisible();
    await expect(dialog.getByLabel(/^Wachtwoordzin/)).toBeFocused();
    await expectAccessible(page, 'leaving client mode, wrong passphrase');
    await quietScreenshot(page, 'invulmodus-verlaten-fout', 'view');
    await dialog.getByRole('button', { name: 'Terug naar de vragenlijst' }).click();
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Dank je wel, Sanne', level: 1 })).toBeVisible();
    await expect(page.getByRole('navigation')).toHaveCount(0);
  });

  await test.step('the right passphrase brings the session back, with Sanne’s answers in it', async () => {
    await page.getByRole('button', { name: 'Invulmodus verlaten' }).click();
    const dialog = page.getByRole('dialog', { name: 'Invulmodus verlaten' });
    await dialog.getByLabel(/^Wachtwoordzin/).fill(passphrase);
    await dialog.getByRole('button', { name: 'Verlaten', exact: true }).click();
    await expect(page.getByRole('heading', { name: '5. Vragenlijst', level: 2 })).toBeVisible();
    await expect(notifications(page).getByText('Invulmodus verlaten.')).toBeVisible();
    const done = page.getByRole('list', { name: 'Ingevuld in deze sessie' });
    await expect(done.getByRole('listitem').filter({ hasText: 'Sanne' })).toContainText('6,8');
    await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toBeVisible();
  });
});

test('an English-speaking client fills it in from the trajectory page in English; left alone, the app locks and the answers stay', async ({ page, invoke }) => {
  const daan = await invoke<{ id: number }>('clients.create', { firstName: 'Daan', lastName: 'Smit', language: 'en' });
  const coaching = await invoke<{ id: number }>('trajectories.create', { kind: 'individual', title: 'Coaching Daan', status: 'active', participants: [{ clientId: daan.id, role: 'client' }] });
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Trajecten' }).click();
  await page.getByRole('button', { name: 'Coaching Daan' }).click();

  const section = page.getByRole('region', { name: 'Vragenlijsten' });
  await section.getByRole('button', { name: 'Laat de cliënt invullen' }).click();
  await page.getByRole('dialog', { name: 'Laat de cliënt invullen' }).getByRole('button', { name: 'Invulmodus starten' }).click();

  await test.step('the questionnaire speaks the client’s language; the way back speaks the practitioner’s', async () => {
    await expect(page.getByRole('heading', { name: 'Hello Daan', level: 1 })).toBeFocused();
    await expect(page.getByRole('heading', { name: 'Trust check-in', level: 2 })).toBeVisible();
    await expect(page.getByText('I can say what is on my mind, even when that is difficult.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Invulmodus verlaten' })).toBeVisible();
    await expectOnlyTheQuestionnaire(page, ['Sanne', 'Mark', 'Coaching Daan']);
    await page.getByRole('button', { name: 'Save answers' }).click();
    await expect(page.getByText('Answer at least one question.')).toBeVisible();
    await expectAccessible(page, 'client mode in English');
    await screenshotsAtTwoWidths(page, 'invulmodus-vragenlijst-en');
    const questions = page.locator('fieldset.q-item');
    for (const [i, value] of [[0, 9], [1, 8], [2, 9], [3, 8]] as const) await questions.nth(i).getByText(String(value), { exact: true }).click();
    await page.getByRole('button', { name: 'Save answers' }).click();
    await expect(page.getByRole('heading', { name: 'Thank you, Daan', level: 1 })).toBeVisible();
    await screenshotsAtTwoWidths(page, 'invulmodus-dank-en');
  });

  await test.step('Ctrl+L locks; after unlocking the practitioner is back on the trajectory, and the answers are there', async () => {
    await page.keyboard.press('Control+l');
    await page.getByLabel(/^Wachtwoordzin/).fill(passphrase);
    await page.getByRole('button', { name: 'Ontgrendelen' }).click();
    await expect(page.getByRole('heading', { name: 'Coaching Daan', level: 1 })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toBeVisible();
    await expect(section.getByRole('heading', { name: 'Vertrouwenscheck-in', level: 3 })).toBeVisible();
    const responses = await invoke<{ sessionId: number | null; scores: { total: { score: number | null } } }[]>('questionnaires.responses', { trajectoryId: coaching.id });
    expect(responses.map((r) => [r.sessionId, r.scores.total.score])).toEqual([[null, 8.5]]);
  });
});
