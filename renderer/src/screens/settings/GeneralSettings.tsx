import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Practice } from '../../../../shared/contract';
import type { ApiError } from '../../../../shared/errors';
import { apiErrorText } from '../../i18n/validation';
import { useFetchRead } from '../../api/useRead';
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
  const fetchRead = useFetchRead();
  const [practice, setPractice] = useState<Practice | null>(null);
  const [failure, setFailure] = useState<ApiError | null>(null);

  useEffect(() => {
    let current = true;
    void fetchRead('practice.get', {}).then((result) => {
      if (!current) return;
      if (result.ok) setPractice(result.value);
      else setFailure(result.error);
    });
    return () => {
      current = false;
    };
  }, [fetchRead]);

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
            <PracticeProfileForm practice={practice} onSaved={setPractice} />
          </section>
          <ClientAddressSettings practice={practice} onSaved={setPractice} />
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
