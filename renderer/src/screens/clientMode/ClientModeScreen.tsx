import { useEffect, useMemo } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import type { ClientModeLeft } from '../../../../shared/contract';
import { useRead } from '../../api/useRead';
import { apiErrorText } from '../../i18n/validation';
import { BusyNote } from '../../ui/BusyNote';
import { Notice } from '../../ui/Notice';
import { useVault } from '../../vault/VaultContext';
import { isCommand } from '../shell/shortcuts';
import { ClientQuestionnaire } from './ClientQuestionnaire';
import { ClientThanks } from './ClientThanks';
import { LeaveClientMode } from './LeaveClientMode';
import '../../styles/questionnaires.css';
import '../../styles/clientMode.css';

/**
 * The whole window while a client holds the device: one questionnaire in the client's language,
 * large and calm, and a quiet way back for the practitioner. No menu, no search, no other names;
 * Ctrl/Cmd+L still locks, and core refuses everything else anyway.
 */
export function ClientModeScreen({ onLeft }: { onLeft: (left: ClientModeLeft) => void }) {
  const { t, i18n } = useTranslation();
  const vault = useVault();
  const { data: questionnaire, error: failure } = useRead('clientMode.questionnaire', {});

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!isCommand(event, 'l')) return;
      event.preventDefault();
      void vault?.lock();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [vault]);

  // The client's own language for their part of the screen; the practitioner's stays as it was.
  const language = questionnaire?.language;
  const clientI18n = useMemo(() => (language ? i18n.cloneInstance({ lng: language }) : null), [i18n, language]);

  return (
    <div className="client-mode">
      <main className="client-mode-main" lang={language ?? i18n.language}>
        {questionnaire && clientI18n ? (
          <I18nextProvider i18n={clientI18n}>
            {questionnaire.answered ? (
              <ClientThanks questionnaire={questionnaire} />
            ) : (
              <ClientQuestionnaire questionnaire={questionnaire} />
            )}
          </I18nextProvider>
        ) : (
          <>
            <BusyNote busy={!failure} label={t('clientMode.client.loading')} />
            {failure && <Notice tone="error">{apiErrorText(t, failure)}</Notice>}
          </>
        )}
      </main>
      <footer className="client-mode-leave" aria-label={t('clientMode.client.label')}>
        <LeaveClientMode onLeft={onLeft} />
      </footer>
    </div>
  );
}
