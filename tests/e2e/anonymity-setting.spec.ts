import { expect } from '@playwright/test';
import { createVault, expectAccessible, notifications, onNewVault, quietScreenshot } from './helpers';

const test = onNewVault();

test('the practice raises the number of answers a team round needs, never below three', async ({ page, host, invoke }) => {
  await page.goto(host.url);
  await createVault(page);
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Instellingen' }).click();
  const section = page.getByRole('region', { name: 'Anonimiteit van teamvragenlijsten' });
  const threshold = section.getByLabel('Minimaal aantal antwoorden');
  await expect(threshold).toHaveValue('3');

  await test.step('two is refused by name, and nothing changes', async () => {
    await threshold.fill('2');
    await section.getByRole('button', { name: 'Opslaan' }).click();
    await expect(section.getByText(/^Minimaal aantal antwoorden moet minstens 3 zijn\. Met minder antwoorden/)).toBeVisible();
    await expect(threshold).toBeFocused();
    expect(await invoke<{ threshold: number }>('questionnaires.anonymity', {})).toEqual({ threshold: 3 });
  });

  await test.step('five is saved, and core counts with it', async () => {
    await threshold.fill('5');
    await section.getByRole('button', { name: 'Opslaan' }).click();
    await expect(notifications(page).getByText('Opgeslagen. Een ronde toont cijfers vanaf 5 antwoorden.')).toBeVisible();
    expect(await invoke<{ threshold: number }>('questionnaires.anonymity', {})).toEqual({ threshold: 5 });
    await quietScreenshot(page, 'forms-anonimiteit', section);
    await expectAccessible(page, 'anonymity setting');
  });
});
