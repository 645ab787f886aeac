import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type BrowserContext, type BrowserContextOptions, type Locator, type Page } from '@playwright/test';
import { join } from 'node:path';
import { repoRoot, startHost, type RunningHost } from './host';

export const passphrase = 'rustige zee achter de duinen';

/** One browser context per spec file (one vault per file), set up like a Dutch practitioner's machine. */
const browserSettings = {
  locale: 'nl-NL',
  timezoneId: 'Europe/Amsterdam',
  viewport: { width: 1280, height: 860 },
};

/** Where a screenshot for a person to look at goes: tests/artifacts/screens/<name>.png. */
export const screenPath = (name: string): string => join(repoRoot, 'tests/artifacts/screens', `${name}.png`);

/** Full-page screenshot into tests/artifacts/screens, for a person to look at. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.evaluate('window.scrollTo(0, 0)'); // a string: this file is type-checked without DOM types
  await page.screenshot({ path: screenPath(name), fullPage: true });
}

/**
 * A screenshot without the short confirmations on top of what it is meant to show: the whole
 * page, only what is in view (an open dialog), or one part of the page.
 */
export async function quietScreenshot(page: Page, name: string, what: 'page' | 'view' | Locator = 'page'): Promise<void> {
  // By class, not by role: an open dialog hides everything else from the accessibility tree.
  const closers = page.locator('.toast-close');
  // A toast may also leave by itself meanwhile, so each round asks again what is still there.
  for (let round = 0; round < 10 && (await closers.count()) > 0; round++) {
    // Dispatched, not clicked: an open dialog makes everything outside it ignore the pointer.
    await closers.first().dispatchEvent('click', undefined, { timeout: 1_000 }).catch(() => undefined);
  }
  await expect(closers).toHaveCount(0);
  const path = screenPath(name);
  if (what === 'page') await screenshot(page, name);
  else if (what === 'view') await page.screenshot({ path });
  else await what.screenshot({ path });
}

/** The same screen at the laptop size (1366x800) and in a narrow window (800 px), for a person to look at. */
export async function screenshotsAtTwoWidths(page: Page, name: string): Promise<void> {
  await page.setViewportSize({ width: 1366, height: 800 });
  await quietScreenshot(page, `${name}-1366`);
  await page.setViewportSize({ width: 800, height: 800 });
  await quietScreenshot(page, `${name}-800`);
  await page.setViewportSize(browserSettings.viewport);
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
function watchCspViolations(page: Page): string[] {
  const blocked: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) blocked.push(message.text());
  });
  return blocked;
}

/** What every test in a spec file shares: the file's host on its own vault, and one page in one browser context. */
export interface NewVaultFixtures {
  host: RunningHost;
  /** What the Content Security Policy blocked on the page so far; the app must never need an exception. */
  cspViolations: string[];
  /** Earlier state goes in through the same door as the screens: POST /api/invoke with the host's token. */
  invoke: <T = unknown>(method: string, input: unknown) => Promise<T>;
}

interface OpenVault {
  host?: RunningHost;
  context?: BrowserContext;
  page?: Page;
  cspViolations: string[];
}

/**
 * Call once at the top of a spec file: a host on a new, empty vault in a temp folder and one browser page
 * for the whole file. Its tests run in order on that page, like one practitioner working through a day.
 */
export function onNewVault(contextOptions: BrowserContextOptions = {}) {
  const open: OpenVault = { cspViolations: [] };

  const test = base.extend<NewVaultFixtures & { openVault: OpenVault }>({
    openVault: open, // the same object for every test in the file; beforeAll fills it in
    host: async ({ openVault }, use) => use(started(openVault).host),
    page: async ({ openVault }, use) => use(started(openVault).page),
    cspViolations: async ({ openVault }, use) => use(openVault.cspViolations),
    invoke: async ({ page, host }, use) => use(<T>(method: string, input: unknown) => invoke<T>(page, host, method, input)),
  });

  test.describe.configure({ mode: 'serial' });

  test.beforeAll(async ({ browser }) => {
    open.host = await startHost();
    open.context = await browser.newContext({ ...browserSettings, ...contextOptions });
    open.page = await open.context.newPage();
    open.cspViolations = watchCspViolations(open.page);
  });

  test.afterAll(async () => {
    await open.context?.close();
    await open.host?.stop();
  });

  return test;
}

function started(open: OpenVault): Required<OpenVault> {
  if (!open.host || !open.context || !open.page) throw new Error('the host or the browser for this spec file did not start');
  return open as Required<OpenVault>;
}

async function invoke<T>(page: Page, host: RunningHost, method: string, input: unknown): Promise<T> {
  const address = new URL(host.url);
  const token = decodeURIComponent(/token=([^&]+)/.exec(address.hash)?.[1] ?? '');
  const response = await page.request.post(`${address.origin}/api/invoke`, {
    headers: { 'x-traject-token': token },
    data: { method, input },
    // Filling a demo practice of 100 sessions takes longer than a click.
    timeout: 120_000,
  });
  expect(response.status(), method).toBe(200);
  const body = (await response.json()) as { ok: boolean; value: T };
  expect(body, method).toMatchObject({ ok: true });
  return body.value;
}
