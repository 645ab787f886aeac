import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { chooseLanguageWhileLocked } from '../../i18n';
import { Icon } from '../../ui/Icon';
import { LanguageSwitch } from '../../ui/LanguageSwitch';

/** The quiet frame around the screens shown before the vault is open. */
export function VaultLayout({ children, wide = false }: { children: ReactNode; wide?: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="vault-screen">
      <header className="vault-brand">
        <p className="brand">
          <Icon name="shield" />
          <span>{t('app.name')}</span>
        </p>
        <LanguageSwitch onChange={(language) => void chooseLanguageWhileLocked(language)} />
      </header>
      <main className={wide ? 'vault-card vault-card-wide' : 'vault-card'}>{children}</main>
      <p className="vault-tagline">{t('app.tagline')}</p>
    </div>
  );
}
