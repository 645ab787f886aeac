import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { nl, type Messages } from './nl';

export type Language = 'nl' | 'en';
export const languages: readonly Language[] = ['nl', 'en'];

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Messages };
  }
}

// The chosen language lives inside the encrypted vault; this copy lets the locked screens speak it too.
const storageKey = 'traject.language';

export function storedLanguage(): Language {
  try {
    return localStorage.getItem(storageKey) === 'en' ? 'en' : 'nl';
  } catch {
    return 'nl';
  }
}

/** Switch the screen language now and remember it on this device. */
export async function applyLanguage(language: Language): Promise<void> {
  try {
    localStorage.setItem(storageKey, language);
  } catch {
    // Storage can be unavailable (private mode); the language still switches for this session.
  }
  document.documentElement.lang = language;
  if (i18next.language !== language) await i18next.changeLanguage(language);
}

let chosenWhileLocked: Language | null = null;

/** A choice made before unlocking is the practitioner's latest word: it goes into the vault on unlock. */
export function chooseLanguageWhileLocked(language: Language): Promise<void> {
  chosenWhileLocked = language;
  return applyLanguage(language);
}

export function takeLanguageChosenWhileLocked(): Language | null {
  const chosen = chosenWhileLocked;
  chosenWhileLocked = null;
  return chosen;
}

export function setupI18n(language: Language = storedLanguage()): typeof i18next {
  if (!i18next.isInitialized) {
    void i18next.use(initReactI18next).init({
      resources: { nl: { translation: nl }, en: { translation: en } },
      lng: language,
      fallbackLng: 'nl',
      supportedLngs: ['nl', 'en'],
      initAsync: false,
      interpolation: { escapeValue: false }, // React escapes already
      returnNull: false,
    });
  }
  document.documentElement.lang = language;
  return i18next;
}

export { i18next };
