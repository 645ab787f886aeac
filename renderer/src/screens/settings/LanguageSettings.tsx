import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { languages, type Language } from '../../i18n';
import { useVault } from '../../vault/VaultContext';
import { Notice } from '../../ui/Notice';
import { useClearToasts, useNotify } from '../../ui/Toasts';

/** Switching language stores it in the vault and on this device, and takes effect at once. */
export function LanguageSettings() {
  const { t, i18n } = useTranslation();
  const vault = useVault();
  const notify = useNotify();
  const clearToasts = useClearToasts();
  const [failed, setFailed] = useState(false);
  const [selected, setSelected] = useState(i18n.language);

  const choose = async (language: Language) => {
    const previous = selected;
    setSelected(language); // answer the click at once; the screen follows when the vault has stored it
    setFailed(false);
    const stored = (await vault?.changeLanguage(language)) ?? false;
    if (stored) {
      clearToasts(); // older messages are in the old language
      notify(i18n.getFixedT(language)('settings.language.saved'));
    } else {
      setSelected(previous);
      setFailed(true);
    }
  };

  return (
    <section className="card settings-section" aria-labelledby="settings-language">
      <h2 id="settings-language">{t('settings.language.title')}</h2>
      <p className="muted">{t('settings.language.intro')}</p>
      {failed && <Notice tone="error">{t('errors.INTERNAL')}</Notice>}
      <fieldset className="radio-group">
        <legend className="visually-hidden">{t('settings.language.title')}</legend>
        {languages.map((language) => (
          <label key={language} className="radio" lang={language}>
            <input
              type="radio"
              name="language"
              value={language}
              checked={selected === language}
              onChange={() => void choose(language)}
            />
            <span>{t(`language.${language}`)}</span>
          </label>
        ))}
      </fieldset>
    </section>
  );
}
