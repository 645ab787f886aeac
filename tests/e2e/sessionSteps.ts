import { expect, type Page } from '@playwright/test';
import { quietScreenshot } from './helpers';

/** The steps of a session in the order the step nav and the "Volgende" buttons go through them. */
export const steps = {
  nl: ['1. Afspraken bespreken', '2. Vertrouwensdoelen', '3. Notities', '4. Nieuwe afspraken', '5. Vragenlijst', '6. Afronden'],
  en: ['1. Review agreements', '2. Trust goals', '3. Notes', '4. New agreements', '5. Questionnaire', '6. Finalise'],
} as const;

/** About two screens of 800 px: the longest a step may make the page on a 1366×800 screen. */
const twoScreens = 1_600;

const pageHeight = (page: Page) => page.evaluate<number>('document.documentElement.scrollHeight');

/**
 * Goes through every step with the "Volgende" button at its end (by keyboard), checks the new step's heading
 * has focus and the step nav marks it, and returns the page's height at each step.
 */
export async function walkThroughSteps(page: Page, language: 'nl' | 'en', shoot: string): Promise<number[]> {
  const names = steps[language];
  const nav = page.getByRole('navigation', { name: language === 'nl' ? 'Stappen in deze sessie' : 'Steps in this session' });
  await nav.getByRole('button', { name: names[0] }).click();
  await expect(page.getByRole('heading', { name: names[0], level: 2 })).toBeFocused();
  const heights: number[] = [];
  for (const [i, name] of names.entries()) {
    await expect(page.getByRole('heading', { name, level: 2 })).toBeVisible();
    await expect(nav.getByRole('button', { name })).toHaveAttribute('aria-current', 'step');
    // One step at a time: the other steps' headings are not on the page.
    await expect(page.locator('.workspace-section > h2:visible').first()).toHaveText(name);
    heights.push(await pageHeight(page));
    await quietScreenshot(page, `${shoot}-${i + 1}`);
    const next = names[i + 1];
    if (!next) break;
    const forward = page.getByRole('button', { name: language === 'nl' ? `Volgende: ${next}` : `Next: ${next}` });
    await forward.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: next, level: 2 })).toBeFocused();
  }
  return heights;
}

/** Prints the heights per step and checks each fits in about two screens. */
export function expectShort(heights: number[], language: 'nl' | 'en', what: string): void {
  console.log(`session workspace height per step at 1366x800 (${language}; ${what}): ${heights.join(', ')} px`);
  for (const [i, height] of heights.entries()) expect(height, `step ${i + 1} in ${language} fits in about two screens`).toBeLessThanOrEqual(twoScreens);
}
