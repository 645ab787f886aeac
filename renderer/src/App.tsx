import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VaultStatus } from '../../shared/contract';
import type { ApiError } from '../../shared/errors';
import { useInvoke } from './api/ApiContext';
import { DataCache } from './api/DataCache';
import { applyLanguage, takeLanguageChosenWhileLocked } from './i18n';
import { apiErrorText } from './i18n/validation';
import { ClientModeHost } from './screens/clientMode/ClientModeHost';
import { AppShell } from './screens/shell/AppShell';
import type { Route } from './screens/shell/navigation';
import { CreateVaultScreen } from './screens/vault/CreateVaultScreen';
import { RecoveryKeyScreen } from './screens/vault/RecoveryKeyScreen';
import { LockedVault } from './screens/vault/LockedVault';
import { VaultLayout } from './screens/vault/VaultLayout';
import { UnlockedVault } from './vault/UnlockedVault';
import { BusyNote } from './ui/BusyNote';
import { Button } from './ui/Button';
import { Notice } from './ui/Notice';
import { useClearToasts } from './ui/Toasts';

type Stage =
  | { kind: 'starting' }
  | { kind: 'failed'; error: ApiError }
  | { kind: 'absent' }
  | { kind: 'recoveryKey'; recoveryKey: string }
  | { kind: 'locked'; autoLocked: boolean }
  | { kind: 'unlocked' };

/** Which screen the practitioner is on follows from the vault: absent, locked or open. */
export function App() {
  const { t } = useTranslation();
  const invoke = useInvoke();
  const clearToasts = useClearToasts();
  const [stage, setStage] = useState<Stage>({ kind: 'starting' });
  // The screen the practitioner was on, kept across a lock (in memory only: ids, no client text).
  const resumeRoute = useRef<Route>({ screen: 'dashboard' });

  const follow = useCallback((status: VaultStatus) => {
    if (status.language) void applyLanguage(status.language);
    if (status.state === 'absent') setStage({ kind: 'absent' });
    else if (status.state === 'locked') setStage({ kind: 'locked', autoLocked: false });
    else setStage({ kind: 'unlocked' });
  }, []);

  const start = useCallback(async () => {
    setStage({ kind: 'starting' });
    const result = await invoke('vault.status', {});
    if (result.ok) follow(result.value);
    else setStage({ kind: 'failed', error: result.error });
  }, [invoke, follow]);

  useEffect(() => {
    void start();
  }, [start]);

  const onLocked = useCallback(
    (auto: boolean) => {
      clearToasts();
      setStage({ kind: 'locked', autoLocked: auto });
    },
    [clearToasts],
  );

  switch (stage.kind) {
    case 'starting':
      return (
        <div className="starting">
          <BusyNote busy label={t('app.starting')} />
        </div>
      );
    case 'failed':
      return (
        <VaultLayout>
          <h1>{t('app.startFailed')}</h1>
          <Notice tone="error">{apiErrorText(t, stage.error)}</Notice>
          <div className="form-actions">
            <Button variant="primary" onClick={() => void start()}>
              {t('app.retry')}
            </Button>
          </div>
        </VaultLayout>
      );
    case 'absent':
      return (
        <CreateVaultScreen
          onCreated={(recoveryKey) => {
            takeLanguageChosenWhileLocked(); // the new vault was created in the language on screen
            setStage({ kind: 'recoveryKey', recoveryKey });
          }}
        />
      );
    case 'recoveryKey':
      return <RecoveryKeyScreen recoveryKey={stage.recoveryKey} onContinue={() => setStage({ kind: 'unlocked' })} />;
    case 'locked':
      // Restoring a back-up reads the back-up folder while locked: a cache of its own, gone on unlock.
      return (
        <DataCache>
          <LockedVault
            autoLocked={stage.autoLocked}
            onUnlocked={(status) => {
              const chosen = takeLanguageChosenWhileLocked();
              if (chosen && chosen !== status.language) void invoke('practice.update', { language: chosen });
              follow({ ...status, language: chosen ?? status.language });
            }}
          />
        </DataCache>
      );
    case 'unlocked':
      return (
        <UnlockedVault onLocked={onLocked}>
          <ClientModeHost resume={resumeRoute}>
            <AppShell resume={resumeRoute} />
          </ClientModeHost>
        </UnlockedVault>
      );
  }
}
