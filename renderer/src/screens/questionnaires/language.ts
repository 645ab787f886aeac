import type { Language } from '../../i18n';

/** The screen language as one of ours. */
export function screenLanguage(language: string): Language {
  return language === 'en' ? 'en' : 'nl';
}
