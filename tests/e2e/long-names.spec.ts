import { expect, type Page } from '@playwright/test';
import { addDays, localDate } from '../../shared/domain/calendar';
import { createVault, onNewVault, quietScreenshot } from './helpers';

const test = onNewVault();

const today = localDate(new Date());
// A hundred characters without a space: the hardest case for wrapping.
const surname = 'Vandenbergh-Oosterhuis-Wijnaldum-Kasteleijn-Hoogeveen-Lankhorst-Brouwershaven-Zuidervaart-Blokhuisen';

/** The page may scroll down, never sideways. */
async function expectNoSidewaysScroll(page: Page, where: string): Promise<void> {
  const overflow = await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth');
  expect(overflow, `${where} scrolls sideways`).toBeLessThanOrEqual(0);
}

const mainMenu = (page: Page) => page.getByRole('navigation', { name: 'Hoofdmenu' });

test('a 100-character surname wraps on every screen it appears on, at 1280 px and at 760 px wide', async ({ page, host, invoke }) => {
  expect(surname).toHaveLength(100);
  await page.goto(host.url);
  await createVault(page);
  const client = await invoke<{ id: number }>('clients.create', { firstName: 'Anouk', lastName: surname, email: `anouk@${'lang'.repeat(12)}.nl` });
  const partner = await invoke<{ id: number }>('clients.create', { firstName: 'Joris', lastName: 'Bakker' });
  const trajectory = await invoke<{ id: number }>('trajectories.create', {
    kind: 'couple',
    title: `Anouk en Joris ${surname}`,
    status: 'active',
    startDate: addDays(today, -14),
    participants: [
      { clientId: client.id, role: 'partner' },
      { clientId: partner.id, role: 'partner' },
    ],
  });
  const session = await invoke<{ id: number }>('sessions.create', { trajectoryId: trajectory.id, startsAt: `${addDays(today, -7)}T10:00`, status: 'held' });
  await invoke('agreements.create', { sessionId: session.id, owner: { kind: 'all' }, text: `Samen ${surname} bellen`, due: { kind: 'next_session' } });
  await invoke('sessions.create', { trajectoryId: trajectory.id, startsAt: `${addDays(today, 7)}T10:00` });

  for (const width of [1280, 760]) {
    await page.setViewportSize({ width, height: 860 });
    await mainMenu(page).getByRole('button', { name: 'Cliënten' }).click();
    await expect(page.getByRole('button', { name: `Anouk ${surname}` })).toBeVisible();
    await expectNoSidewaysScroll(page, `clients list at ${width}`);
    await page.getByRole('button', { name: `Anouk ${surname}` }).click();
    await expect(page.getByRole('heading', { name: `Anouk ${surname}`, level: 1 })).toBeVisible();
    await expectNoSidewaysScroll(page, `client page at ${width}`);
    if (width === 760) await quietScreenshot(page, 'dayui-lange-naam-client-760');

    await mainMenu(page).getByRole('button', { name: 'Trajecten' }).click();
    await expect(page.getByRole('button', { name: `Anouk en Joris ${surname}` })).toBeVisible();
    await expectNoSidewaysScroll(page, `trajectories list at ${width}`);
    await page.getByRole('button', { name: `Anouk en Joris ${surname}` }).click();
    await expect(page.getByRole('heading', { name: `Anouk en Joris ${surname}`, level: 1 })).toBeVisible();
    await expectNoSidewaysScroll(page, `trajectory page at ${width}`);
    if (width === 760) await quietScreenshot(page, 'dayui-lange-naam-traject-760');

    await page.getByRole('button', { name: /^(ma|di|wo|do|vr|za|zo) / }).first().click();
    await expect(page.getByRole('heading', { name: /^Sessie van/, level: 1 })).toBeVisible();
    await expectNoSidewaysScroll(page, `session workspace at ${width}`);

    await mainMenu(page).getByRole('button', { name: 'Dashboard' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoSidewaysScroll(page, `dashboard at ${width}`);
  }
});
