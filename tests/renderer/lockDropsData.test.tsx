import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Dashboard, VaultStatus } from '../../shared/contract';
import { ApiProvider } from '../../renderer/src/api/ApiContext';
import { App } from '../../renderer/src/App';
import { ToastProvider } from '../../renderer/src/ui/Toasts';
import { makeBackup, makeDashboard } from './factories';
import { fail, fakeCore, ok, type Script } from './fakeCore';

const unlocked: VaultStatus = { state: 'unlocked', autoLockMinutes: 10, language: 'nl', readOnly: false };
const locked: VaultStatus = { state: 'locked', autoLockMinutes: null, language: null, readOnly: false };
const withSanneAndMark = makeDashboard({
  recentlyChanged: [{ id: 1, title: 'Sanne en Mark', kind: 'couple', status: 'active', updatedAt: '2026-11-27T10:00:00.000Z', participantNames: ['Sanne de Wit', 'Mark Jansen'] }],
});

function showApp(script: Script) {
  const core = fakeCore(script);
  render(
    <ApiProvider invoke={core.invoke}>
      <ToastProvider>
        <App />
      </ToastProvider>
    </ApiProvider>,
  );
  return core;
}

describe('locking the vault', () => {
  it('keeps nothing read before the lock: after unlocking, the dashboard is read again and shown only when core answers', async () => {
    const user = userEvent.setup();
    let vaultState = unlocked;
    let answerDashboard: ((dashboard: Dashboard) => void) | null = null;
    let dashboardReads = 0;
    showApp({
      'vault.status': () => ok(vaultState),
      'vault.lock': () => ((vaultState = locked), ok(locked)),
      'vault.unlock': () => ((vaultState = unlocked), ok(unlocked)),
      'clients.list': () => ok({ items: [], total: 2 }),
      'clientMode.status': () => ok({ active: false, trajectoryId: null, sessionId: null }),
      'dashboard.get': () => {
        dashboardReads += 1;
        // The first time at once; after the unlock core takes its time, so a cached answer would show.
        return dashboardReads === 1 ? ok(withSanneAndMark) : new Promise((resolve) => (answerDashboard = (value) => resolve(ok(value))));
      },
    });
    expect(await screen.findByText('Sanne en Mark')).toBeVisible();

    await user.click(screen.getByRole('button', { name: /Vergrendelen/ }));
    await user.type(await screen.findByLabelText(/^Wachtwoordzin/), 'rustige zee bij Egmond');
    await user.click(screen.getByRole('button', { name: 'Ontgrendelen' }));

    await waitFor(() => expect(dashboardReads).toBe(2));
    expect(screen.queryByText('Sanne en Mark')).toBeNull();
    answerDashboard!(makeDashboard());
    expect(await screen.findByText(/Start een traject met ‘Nieuw traject’/)).toBeVisible();
    expect(screen.queryByText('Sanne en Mark')).toBeNull();
  });

  it('lists the back-ups while locked, from a cache of its own, so a damaged vault can be restored', async () => {
    const user = userEvent.setup();
    showApp({
      'vault.status': () => ok(locked),
      'vault.unlock': () => fail('DATABASE_DAMAGED'),
      'backups.list': () => ok({ folder: '/b', defaultFolder: '/b', items: [makeBackup({ reason: 'lock' })], unreadable: [], lastBackupAt: null }),
    });
    await user.type(await screen.findByLabelText(/^Wachtwoordzin/), 'rustige zee bij Egmond');
    await user.click(screen.getByRole('button', { name: 'Ontgrendelen' }));
    await user.click(await screen.findByRole('button', { name: 'Een back-up terugzetten' }));
    const rows = within(await screen.findByRole('table')).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toHaveTextContent('bij vergrendelen');
  });
});
