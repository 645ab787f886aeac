import { z } from 'zod';

/*
 * Text the practice types never carries invisible tricks: control characters (a line break only
 * in long text), bidi overrides and isolates that make a name read differently than it sorts or
 * prints (U+202A–U+202E, U+2066–U+2069), or half a surrogate pair (not a character at all).
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const controlInLine = /[\u0000-\u001F\u007F-\u009F]/;
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const controlInLongText = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const bidiOverride = /[\u202A-\u202E\u2066-\u2069]/;
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function clean(text: z.ZodString, control: RegExp) {
  return text
    .refine((s) => !control.test(s), 'control_character')
    .refine((s) => !bidiOverride.test(s), 'bidi_override')
    .refine((s) => !loneSurrogate.test(s), 'lone_surrogate');
}

/** Field building blocks with size caps, shared by every schema. */
export const id = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
export const shortText = (max = 200) => clean(z.string().trim().max(max), controlInLine);
export const requiredText = (max = 200) => clean(z.string().trim().min(1).max(max), controlInLine);
export const longText = (max = 100_000) => clean(z.string().max(max), controlInLongText);
export const optionalText = (max = 200) => shortText(max).optional();
/** A search box: the same rules as a line of text. */
export const queryText = (max = 200) => shortText(max);
/** A passphrase may hold any character, as long as it is one. */
export const secretText = (min: number, max: number, tooShort?: string) =>
  z.string().min(min, tooShort).max(max).refine((s) => !loneSurrogate.test(s), 'lone_surrogate');
/** A calendar date that exists: 2026-02-30 is refused. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'date')
  .refine((s) => {
    const [y, m, d] = s.split('-').map(Number) as [number, number, number];
    const date = new Date(Date.UTC(y, m - 1, d));
    return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  }, 'date');
/** A date of birth: empty, or a real date between 1900 and today (a birth date in 2030 is a typing error). */
export const birthDate = z
  .string()
  .refine((s) => s === '' || isoDate.safeParse(s).success, { message: 'date', abort: true })
  .refine((s) => s === '' || s >= '1900-01-01', { message: 'date_too_early', abort: true })
  .refine((s) => s === '' || s <= localToday(), 'date_in_future');
function localToday(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}
export const isoDateTime = z.string().datetime({ offset: true, local: true });
export const language = z.enum(['nl', 'en']);
export type Language = z.infer<typeof language>;
export const email = z.union([z.literal(''), z.string().trim().max(254).email()]);
export const phone = z.union([z.literal(''), z.string().trim().max(40).regex(/^[+0-9 ()\-./]*$/, 'phone')]);
export const empty = z.object({}).strict();
export const byId = z.object({ id }).strict();
export const page = {
  offset: z.number().int().min(0).max(10_000_000).default(0),
  limit: z.number().int().min(1).max(500).default(50),
};

type WithoutDefault<T> = T extends z.ZodDefault<infer Inner> ? Inner : T;
export type ChangesShape<S extends z.ZodRawShape> = { [K in keyof S]: z.ZodOptional<WithoutDefault<S[K]>> };

/**
 * The input of an update: every field optional and none with a default, so an update changes only
 * what it names (a default here would silently reset a field that was not sent).
 */
export function changesOf<S extends z.ZodRawShape>(shape: S): z.ZodObject<ChangesShape<S>> {
  const fields = Object.fromEntries(
    Object.entries(shape).map(([key, field]) => [key, (field instanceof z.ZodDefault ? (field.unwrap() as z.ZodType) : (field as z.ZodType)).optional()]),
  );
  return z.object(fields) as unknown as z.ZodObject<ChangesShape<S>>;
}
