import { noteTemplates } from './templates';

let cached: string[] | undefined;

/** Every heading a note template can put in a note, in both languages: the ones a summary may carry empty. */
export function templateHeadings(): string[] {
  cached ??= [...new Set((['nl', 'en'] as const).flatMap((language) => noteTemplates(language).flatMap((t) => t.sections.map((s) => s.heading))))];
  return cached;
}
