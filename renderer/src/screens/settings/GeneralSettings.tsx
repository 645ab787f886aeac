import { useTranslation } from 'react-i18next';
import { apiErrorText } from '../../i18n/validation';
import { useRead } from '../../api/useRead';
import { BusyNote } from '../../ui/BusyNote';
import { Notice } from '../../ui/Notice';
import { AnonymitySettings } from './AnonymitySettings';
import { AutoLockForm } from './AutoLockForm';
import { ClientAddressSettings } from './ClientAddressSettings';
import { LanguageSettings } from './LanguageSettings';
import { PracticeProfileForm } from './PracticeProfileForm';

/** Language, practice profile, how client documents address the reader, and auto-lock, each saved on its own. */
export function GeneralSettings() {
  const { t } = useTranslation();
  // Each section saves on its own; the write asks the practice again, so every section shows what was saved.
  const read = useRead('practice.get', {});
  const practice = read.data ?? null;
  const failure = practice ? null : read.error;

  return (
    <>
      <LanguageSettings />
      {failure && <Notice tone="error">{apiErrorText(t, failure)}</Notice>}
      {!practice && !failure && <BusyNote busy label={t('settings.practice.loading')} />}
      {practice && (
        <>
          <section className="card settings-section" aria-labelledby="settings-practice">
            <h2 id="settings-practice">{t('settings.practice.title')}</h2>
            <p className="muted">{t('settings.practice.intro')}</p>
            <PracticeProfileForm practice={practice} />
          </section>
          <ClientAddressSettings practice={practice} />
          <AnonymitySettings />
          <section className="card settings-section" aria-labelledby="settings-autolock">
            <h2 id="settings-autolock">{t('settings.autoLock.title')}</h2>
            <p className="muted">{t('settings.autoLock.intro')}</p>
            <AutoLockForm minutes={practice.autoLockMinutes} />
          </section>
        </>
      )}
    </>
  );
}
