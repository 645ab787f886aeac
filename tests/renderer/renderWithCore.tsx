import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { ApiProvider } from '../../renderer/src/api/ApiContext';
import { ToastProvider } from '../../renderer/src/ui/Toasts';
import { fakeCore, type Script } from './fakeCore';

/** A screen as the app shows it: talking to the typed fake core through its own data cache, with toasts. */
export function renderWithCore(ui: ReactElement, script: Script = {}) {
  const core = fakeCore(script);
  const view = render(
    <ApiProvider invoke={core.invoke}>
      <ToastProvider>{ui}</ToastProvider>
    </ApiProvider>,
  );
  return { ...core, view };
}
