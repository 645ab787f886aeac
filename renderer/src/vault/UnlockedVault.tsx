import { useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import { useInvoke } from '../api/ApiContext';
import { DataCache, makeDataCache } from '../api/DataCache';
import type { Invoke } from '../api/transport';
import { applyLanguage, type Language } from '../i18n';
import { VaultContext, type UnlockedVaultApi } from './VaultContext';
import { useActivityReporter } from './useActivityReporter';
import { useStatusPolling } from './useStatusPolling';

interface UnlockedVaultProps {
  /** `auto` when core locked by itself (idle), false when the practitioner chose to lock. */
  onLocked: (auto: boolean) => void;
  children: ReactNode;
}

/** Everything that only runs while the vault is open: the data cache, activity reports, status polling, locking. */
export function UnlockedVault({ onLocked, children }: UnlockedVaultProps) {
  const invoke = useInvoke();
  const [cache] = useState(makeDataCache);
  const locked = useRef(false);
  const leave = useCallback(
    (auto: boolean) => {
      if (locked.current) return;
      locked.current = true;
      cache.clear(); // nothing read from a locked vault stays in memory
      onLocked(auto);
    },
    [cache, onLocked],
  );

  const call = useCallback<Invoke>(
    async (method, input) => {
      const result = await invoke(method, input);
      if (!result.ok && result.error.code === 'VAULT_LOCKED') leave(true);
      return result;
    },
    [invoke, leave],
  );

  const lock = useCallback(async () => {
    await invoke('vault.lock', {});
    leave(false);
  }, [invoke, leave]);

  const changeLanguage = useCallback(
    async (language: Language) => {
      const result = await call('practice.update', { language });
      if (result.ok) await applyLanguage(language);
      return result.ok;
    },
    [call],
  );

  const autoLocked = useCallback(() => leave(true), [leave]);
  useActivityReporter(call);
  useStatusPolling(invoke, autoLocked);

  const vault = useMemo<UnlockedVaultApi>(() => ({ call, lock, changeLanguage }), [call, lock, changeLanguage]);
  return (
    <VaultContext value={vault}>
      <DataCache cache={cache}>{children}</DataCache>
    </VaultContext>
  );
}
