import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { VaultStatus } from '../../shared/contract';
import { WithCore } from './renderWithCore';
import { LockedVault } from '../../renderer/src/screens/vault/LockedVault';
import { ToastProvider } from '../../renderer/src/ui/Toasts';
import { makeBackup } from './factories';
import { fail, ok, fakeCore, type Script } from './fakeCore';

const recoveryKey = 'ZV9G3-HW788-GETK1-9PP2X-HSR77-413B2-GYQVM-KMG2R';
const newPassphrase = 'lange wandeling langs de IJssel';
const open: VaultStatus = { state: 'unlocked', autoLockMinutes: 10, language: 'nl', readOnly: false };
const locked: VaultStatus = { state: 'locked', autoLockMinutes: null, language: null, readOnly: false };

function show(script: Script) {
  const core = fakeCore(script);
  const onUnlocked = vi.fn();
  render(
    <WithCore invoke={core.invoke}>
      <ToastProvider>
        <LockedVault autoLocked={false} onUnlocked={onUnlocked} />
      </ToastProvider>
    </WithCore>,
  );
  return { ...core, onUnlocked };
}

describe('forgot passphrase', () => {
  it('sets a new passphrase with the recovery key and opens the vault', async () => {
    const user = userEvent.setup();
    const core = show({
      'vault.recover': (input) => (input.recoveryKey.toUpperCase() === recoveryKey ? ok(open) : fail('RECOVERY_KEY_MISTYPED')),
    });
    await user.click(screen.getByRole('button', { name: 'Wachtwoordzin vergeten?' }));
    expect(screen.getByRole('heading', { name: 'Wachtwoordzin vergeten?' })).toBeInTheDocument();
    expect(screen.getByLabelText(/^Herstelsleutel/)).toHaveFocus();

    await user.type(screen.getByLabelText(/^Herstelsleutel/), 'AV9G3-HW788-GETK1-9PP2X-HSR77-413B2-GYQVM-KMG2R');
    await user.type(screen.getByLabelText(/^Nieuwe wachtwoordzin/), newPassphrase);
    await user.type(screen.getByLabelText(/^Herhaal de wachtwoordzin/), 'lange wandeling langs de Amstel');
    await user.click(screen.getByRole('button', { name: 'Nieuwe wachtwoordzin instellen' }));
    expect(await screen.findByText('De twee wachtwoordzinnen zijn niet gelijk.')).toBeInTheDocument();
    expect(core.inputsOf('vault.recover')).toHaveLength(0);

    await user.clear(screen.getByLabelText(/^Herhaal de wachtwoordzin/));
    await user.type(screen.getByLabelText(/^Herhaal de wachtwoordzin/), newPassphrase);
    await user.click(screen.getByRole('button', { name: 'Nieuwe wachtwoordzin instellen' }));
    expect(await screen.findByText(/Er zit een typefout in de herstelsleutel/)).toBeInTheDocument();
    expect(screen.getByLabelText(/^Herstelsleutel/)).toHaveFocus();
    expect(screen.getByLabelText(/^Herstelsleutel/)).toHaveValue('AV9G3-HW788-GETK1-9PP2X-HSR77-413B2-GYQVM-KMG2R');

    await user.clear(screen.getByLabelText(/^Herstelsleutel/));
    await user.type(screen.getByLabelText(/^Herstelsleutel/), recoveryKey.toLowerCase());
    await user.click(screen.getByRole('button', { name: 'Nieuwe wachtwoordzin instellen' }));
    await waitFor(() => expect(core.onUnlocked).toHaveBeenCalledWith(open));
    expect(core.inputsOf('vault.recover').at(-1)).toEqual({ recoveryKey: recoveryKey.toLowerCase(), newPassphrase });
  });

  it('refuses a new passphrase shorter than ten characters before asking core', async () => {
    const user = userEvent.setup();
    const core = show({});
    await user.click(screen.getByRole('button', { name: 'Wachtwoordzin vergeten?' }));
    await user.type(screen.getByLabelText(/^Herstelsleutel/), recoveryKey);
    await user.type(screen.getByLabelText(/^Nieuwe wachtwoordzin/), 'kort');
    await user.type(screen.getByLabelText(/^Herhaal de wachtwoordzin/), 'kort');
    await user.click(screen.getByRole('button', { name: 'Nieuwe wachtwoordzin instellen' }));
    expect(await screen.findByText('De wachtwoordzin moet minstens 10 tekens hebben.')).toBeInTheDocument();
    expect(core.inputsOf('vault.recover')).toHaveLength(0);
  });
});

describe('a damaged vault', () => {
  it('offers the back-ups, which are listed while locked, and restores one with the passphrase', async () => {
    const user = userEvent.setup();
    const newest = makeBackup({ reason: 'lock' });
    const core = show({
      'vault.unlock': () => fail('DATABASE_DAMAGED'),
      'backups.list': () =>
        ok({ folder: '/b', defaultFolder: '/b', items: [newest, makeBackup({ path: '/b/older', createdAt: '2026-11-30T17:05:00' })], unreadable: [], lastBackupAt: newest.createdAt }),
      'backups.restore': () => ok({ restoredFrom: newest, undo: null, erasuresReapplied: 0, keptCurrentCredentials: true }),
      'vault.status': () => ok(locked),
    });
    await user.type(screen.getByLabelText(/^Wachtwoordzin/), 'rustige zee achter de duinen');
    await user.click(screen.getByRole('button', { name: 'Ontgrendelen' }));
    expect(await screen.findByText('De gegevens in de kluis zijn beschadigd. Er is niets gewijzigd; zet een back-up terug.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Een back-up terugzetten' }));
    expect(screen.getByRole('heading', { name: 'Een back-up terugzetten' })).toBeInTheDocument();
    const rows = within(await screen.findByRole('table')).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent('bij vergrendelen');

    await user.click(within(rows[0]!).getByRole('button', { name: /^Terugzetten/ }));
    await user.click(screen.getByRole('button', { name: 'Terugzetten' }));
    expect(screen.getByText('Wachtwoordzin is verplicht.')).toBeInTheDocument();
    await user.type(screen.getByLabelText(/^Wachtwoordzin/), 'rustige zee achter de duinen');
    await user.click(screen.getByRole('button', { name: 'Terugzetten' }));

    expect(await screen.findByRole('heading', { name: 'Kluis ontgrendelen' })).toBeInTheDocument();
    expect(screen.getByText(/De back-up van 1 dec 2026, 17:05 is teruggezet\./)).toBeInTheDocument();
    expect(core.inputsOf('backups.restore')).toEqual([{ path: newest.path, passphrase: 'rustige zee achter de duinen' }]);
  });

  it('reads a back-up file typed as a path when the folder holds none', async () => {
    const user = userEvent.setup();
    const elsewhere = makeBackup({ path: '/media/usb/traject.backup', fileName: 'traject.backup' });
    const core = show({
      'vault.unlock': () => fail('DATABASE_DAMAGED'),
      'backups.list': () => ok({ folder: '/b', defaultFolder: '/b', items: [], unreadable: [], lastBackupAt: null }),
      'backups.inspect': (input) => (input.path === elsewhere.path ? ok(elsewhere) : fail('NOT_FOUND')),
    });
    await user.type(screen.getByLabelText(/^Wachtwoordzin/), 'rustige zee achter de duinen');
    await user.click(screen.getByRole('button', { name: 'Ontgrendelen' }));
    await user.click(await screen.findByRole('button', { name: 'Een back-up terugzetten' }));
    expect(await screen.findByText(/Er staan geen back-ups in \/b\./)).toBeInTheDocument();

    await user.type(screen.getByLabelText('Back-upbestand op een andere plek'), '/media/usb/verkeerd.backup');
    await user.click(screen.getByRole('button', { name: 'Back-up bekijken' }));
    expect(await screen.findByText('Dit bestand is niet gevonden. Controleer het pad.')).toBeInTheDocument();
    await user.clear(screen.getByLabelText('Back-upbestand op een andere plek'));
    await user.type(screen.getByLabelText('Back-upbestand op een andere plek'), elsewhere.path);
    await user.click(screen.getByRole('button', { name: 'Back-up bekijken' }));
    expect(await screen.findByText('traject.backup')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Terugzetten' })).toBeInTheDocument();
    expect(core.inputsOf('backups.inspect')).toHaveLength(2);
  });
});
