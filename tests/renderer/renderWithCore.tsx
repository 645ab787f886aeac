import { render } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import { ApiProvider } from '../../renderer/src/api/ApiContext';
import { DataCache } from '../../renderer/src/api/DataCache';
import type { Invoke } from '../../renderer/src/api/invoke';
import { ToastProvider } from '../../renderer/src/ui/Toasts';
import { fakeCore, type Script } from './fakeCore';

/** What an unlocked vault gives a screen: the way to core and a data cache of its own. */
export function WithCore({ invoke, children }: { invoke: Invoke; children: ReactNode }) {
  return (
    <ApiProvider invoke={invoke}>
      <DataCache>{children}</DataCache>
    </ApiProvider>
  );
}

/** A screen as the app shows it: talking to the typed fake core through its own data cache, with toasts. */
export function renderWithCore(ui: ReactElement, script: Script = {}) {
  const core = fakeCore(script);
  const view = render(
    <WithCore invoke={core.invoke}>
      <ToastProvider>{ui}</ToastProvider>
    </WithCore>,
  );
  return { ...core, view };
}
