import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';
import { join } from 'node:path';
import { repoRoot } from './host';

export const passphrase = 'rustige zee achter de duinen';

/** One browser context per spec file (one vault per file), set up like a Dutch practitioner's machine. */
export const browserSettings = {
  locale: 'nl-NL',
  timezoneId: 'Europe/Amsterdam',
  viewport: { width: 1280, height: 860 },
};

/** Full-page screenshot into tests/artifacts/screens, for a person to look at. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.evaluate('window.scrollTo(0, 0)'); // a string: this file is type-checked without DOM types
  await page.screenshot({ path: join(repoRoot, 'tests/artifacts/screens', `${name}.png`), fullPage: true });
}

/** axe-core on what is on screen now: nothing serious or critical may be wrong. */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(serious, `accessibility problems on ${screen}`).toEqual([]);
}

/** Where the short confirmations appear ("saved"); radix also echoes them in a live region. */
export function notifications(page: Page): Locator {
  return page.getByRole('region', { name: /^(Meldingen|Notifications)/ });
}

/** First run in Dutch: choose the passphrase, read the recovery key off the screen, confirm it is saved. */
export async function createVault(page: Page): Promise<string> {
  await expect(page.getByRole('heading', { name: 'Welkom bij Traject' })).toBeVisible();
  await page.getByLabel(/^Wachtwoordzin/).fill(passphrase);
  await page.getByLabel('Herhaal de wachtwoordzin').fill(passphrase);
  await page.getByRole('button', { name: 'Kluis aanmaken' }).click();
  await expect(page.getByRole('heading', { name: 'Je herstelsleutel' })).toBeVisible();
  const groups = await page.getByRole('list', { name: /Herstelsleutel/ }).getByRole('listitem').allTextContents();
  await page.getByRole('checkbox', { name: /Ik heb de herstelsleutel bewaard/ }).check();
  await page.getByRole('button', { name: 'Verder naar Traject' }).click();
  await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toBeVisible();
  return groups.join('-');
}

export async function addClient(page: Page, firstName: string, lastName: string, email = ''): Promise<void> {
  await page.getByRole('button', { name: 'Nieuwe cliënt' }).click();
  await page.getByLabel('Voornaam').fill(firstName);
  await page.getByLabel('Achternaam').fill(lastName);
  if (email) await page.getByLabel('E-mailadres').fill(email);
  await page.getByRole('button', { name: 'Cliënt toevoegen' }).click();
  await expect(page.getByRole('button', { name: `${firstName} ${lastName}` })).toBeVisible();
}

/** Collects what the Content Security Policy blocked; the app must never need an exception. */
export function watchCspViolations(page: Page): string[] {
  const blocked: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) blocked.push(message.text());
  });
  return blocked;
}
