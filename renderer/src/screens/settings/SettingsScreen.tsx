import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/PageHeader';
import { useNavigate } from '../shell/navigation';
import { AuditLogPage } from './audit/AuditLogPage';
import { BackupsPage } from './backups/BackupsPage';
import { GeneralSettings } from './GeneralSettings';
import { KeyPage } from './key/KeyPage';
import { PracticeExportPage } from './PracticeExportPage';
import { RetentionPage } from './RetentionPage';
import { settingsPages, type SettingsPage } from './settingsPages';
import '../../styles/safety.css';

function Page({ page, clientId }: { page: SettingsPage; clientId?: number }) {
  switch (page) {
    case 'general':
      return <GeneralSettings />;
    case 'backups':
      return <BackupsPage />;
    case 'key':
      return <KeyPage />;
    case 'logbook':
      return <AuditLogPage clientId={clientId} />;
    case 'retention':
      return <RetentionPage />;
    case 'practiceExport':
      return <PracticeExportPage />;
  }
}

/** Settings in parts: the practice itself, back-ups, the key, the audit log, retention and moving the practice. */
export function SettingsScreen({ page = 'general', clientId }: { page?: SettingsPage; clientId?: number }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <>
      <PageHeader title={t('settings.title')} />
      <nav className="settings-nav" aria-label={t('safety.nav.label')}>
        <ul>
          {settingsPages.map((each) => (
            <li key={each}>
              <button
                type="button"
                aria-current={each === page ? 'page' : undefined}
                onClick={() => navigate({ screen: 'settings', page: each })}
              >
                {t(`safety.nav.${each}`)}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <div className="settings">
        <Page page={page} clientId={clientId} />
      </div>
    </>
  );
}
