import { expect } from '@playwright/test';
import { createVault, onNewVault } from './helpers';
import { expectShort, walkThroughSteps } from './sessionSteps';

const test = onNewVault({ viewport: { width: 1366, height: 800 } });

/** The demo practice's couple: eight held sessions with ratings and reviewed agreements, then the planned one. */
const title = 'Vertrouwen herstellen na de verzwegen schuld';

test('the demo couple’s planned session stays within about two screens at every step, in Dutch and English', async ({ page, host, invoke }) => {
  await page.goto(host.url);
  await createVault(page);
  await invoke('demo.seed', { long: false });

  const openPlannedSession = async (programmes: string, sessions: string, planned: RegExp) => {
    await page.getByRole('navigation', { name: /^(Hoofdmenu|Main menu)$/ }).getByRole('button', { name: programmes }).click();
    await page.getByRole('button', { name: title }).click();
    await page.getByRole('region', { name: sessions }).locator('li', { hasText: planned }).getByRole('button').first().click();
    await expect(page.getByRole('heading', { level: 1, name: /^(Sessie van|Session on) / })).toBeVisible();
  };

  await openPlannedSession('Trajecten', 'Sessies', /Gepland/);
  expectShort(await walkThroughSteps(page, 'nl', 'dayui-demo-stel-stap'), 'nl', 'the demo couple');

  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Instellingen' }).click();
  await page.getByRole('radio', { name: 'English' }).check();
  await openPlannedSession('Programmes', 'Sessions', /Planned/);
  expectShort(await walkThroughSteps(page, 'en', 'dayui-demo-couple-step'), 'en', 'the demo couple');
});
