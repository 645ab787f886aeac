import { z } from 'zod';

/**
 * Numbers typed in a text field: '' for none, a decimal comma allowed ("7,5"). The messages are the
 * validation tokens the screen turns into sentences (i18n/validation.ts).
 */
export function parseNumberText(text: string): number | null {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return null;
  return /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/** An optional whole number between min and max; '' means none. */
export function optionalWholeNumber(min: number, max: number) {
  return z.string().superRefine((text, ctx) => {
    const value = parseNumberText(text);
    if (value === null) return;
    if (!Number.isInteger(value)) ctx.addIssue({ code: 'custom', message: 'whole_number' });
    else if (value < min) ctx.addIssue({ code: 'custom', message: `too_small_number|${min}` });
    else if (value > max) ctx.addIssue({ code: 'custom', message: `too_big_number|${max}` });
  });
}

/** An optional number (decimals allowed) between min and max; '' means none. */
export function optionalDecimal(min: number, max: number) {
  return z.string().superRefine((text, ctx) => {
    const value = parseNumberText(text);
    if (value === null) return;
    if (Number.isNaN(value)) ctx.addIssue({ code: 'custom', message: 'number' });
    else if (value < min) ctx.addIssue({ code: 'custom', message: `too_small_number|${min}` });
    else if (value > max) ctx.addIssue({ code: 'custom', message: `too_big_number|${max}` });
  });
}

/** A number the practitioner must fill in. */
export function requiredWholeNumber(min: number, max: number) {
  return z.string().superRefine((text, ctx) => {
    if (text.trim() === '') ctx.addIssue({ code: 'custom', message: 'required' });
  }).pipe(optionalWholeNumber(min, max));
}
