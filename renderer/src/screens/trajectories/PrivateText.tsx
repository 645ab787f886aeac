import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../ui/Icon';

/** Private content looks private everywhere: a lock, the word, and a tinted background. */
export function PrivateText({ label, children }: { label: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="private-block">
      <p className="private-label">
        <Icon name="lock" />
        <span>{label}</span>
        <span className="private-tag">{t('trajectories.private')}</span>
      </p>
      <div className="private-content">{children}</div>
    </div>
  );
}
