import { useTranslation } from 'react-i18next';
import { RecoveryKeySheet } from './RecoveryKeySheet';
import { VaultLayout } from './VaultLayout';

/** Shown once, right after the vault is made. The practitioner must say it is saved before going on. */
export function RecoveryKeyScreen({ recoveryKey, onContinue }: { recoveryKey: string; onContinue: () => void }) {
  const { t } = useTranslation();
  return (
    <VaultLayout wide>
      <h1>{t('vault.recovery.title')}</h1>
      <p className="lead">{t('vault.recovery.intro')}</p>
      <RecoveryKeySheet recoveryKey={recoveryKey} continueLabel={t('vault.recovery.continue')} onContinue={onContinue} />
    </VaultLayout>
  );
}
