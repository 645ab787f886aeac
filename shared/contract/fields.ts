import { z } from 'zod';

/** Field building blocks with size caps, shared by every schema. */
export const id = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
export const shortText = (max = 200) => z.string().trim().max(max);
export const requiredText = (max = 200) => z.string().trim().min(1).max(max);
export const longText = (max = 100_000) => z.string().max(max);
export const optionalText = (max = 200) => z.string().trim().max(max).optional();
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date');
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
