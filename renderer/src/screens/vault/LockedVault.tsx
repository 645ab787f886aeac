import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Restored, VaultStatus } from '../../../../shared/contract';
import { useInvoke } from '../../api/ApiContext';
import { formatMoment } from '../../i18n/format';
import { useNotify } from '../../ui/Toasts';
import { ForgotPassphraseScreen } from './ForgotPassphraseScreen';
import { RestoreBackupScreen } from './RestoreBackupScreen';
import { UnlockScreen } from './UnlockScreen';

type Step = { kind: 'unlock'; restoredNote?: string } | { kind: 'forgot' } | { kind: 'restore' };

interface LockedVaultProps {
  autoLocked: boolean;
  onUnlocked: (status: VaultStatus) => void;
}

/** Everything before the vault opens: the passphrase, a forgotten passphrase, or a back-up when the data is damaged. */
export function LockedVault({ autoLocked, onUnlocked }: LockedVaultProps) {
  const { t, i18n } = useTranslation();
  const invoke = useInvoke();
  const notify = useNotify();
  const [step, setStep] = useState<Step>({ kind: 'unlock' });

  const restored = async (done: Restored) => {
    const note = [
      t('safety.restore.done', { date: formatMoment(done.restoredFrom.createdAt, i18n.language) }),
      done.keptCurrentCredentials ? '' : t('safety.restore.oldCredentials'),
    ]
      .filter(Boolean)
      .join(' ');
    const status = await invoke('vault.status', {});
    if (status.ok && status.value.state === 'unlocked') {
      notify(note);
      onUnlocked(status.value);
    } else {
      setStep({ kind: 'unlock', restoredNote: note });
    }
  };

  switch (step.kind) {
    case 'forgot':
      return (
        <ForgotPassphraseScreen
          onBack={() => setStep({ kind: 'unlock' })}
          onRecovered={(status) => {
            notify(t('vault.forgot.done'));
            onUnlocked(status);
          }}
        />
      );
    case 'restore':
      return <RestoreBackupScreen onBack={() => setStep({ kind: 'unlock' })} onRestored={(done) => void restored(done)} />;
    case 'unlock':
      return (
        <UnlockScreen
          autoLocked={autoLocked}
          restoredNote={step.restoredNote}
          onUnlocked={onUnlocked}
          onForgot={() => setStep({ kind: 'forgot' })}
          onRestore={() => setStep({ kind: 'restore' })}
        />
      );
  }
}
