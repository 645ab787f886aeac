import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { BackupList, BackupProgress } from '../../shared/contract';
import { WithCore } from './renderWithCore';
import { BackupsPage } from '../../renderer/src/screens/settings/backups/BackupsPage';
import { ToastProvider } from '../../renderer/src/ui/Toasts';
import { makeBackup } from './factories';
import { fail, ok, fakeCore, type Script } from './fakeCore';

const folder = '/home/marloes/.config/Traject/vault/backups';

function listOf(items = [makeBackup()], extra: Partial<BackupList> = {}): BackupList {
  return { folder, defaultFolder: folder, items, unreadable: [], lastBackupAt: items[0]?.createdAt ?? null, ...extra };
}

function show(script: Script) {
  const core = fakeCore(script);
  render(
    <WithCore invoke={core.invoke}>
      <ToastProvider>
        <BackupsPage />
      </ToastProvider>
    </WithCore>,
  );
  return core;
}

describe('the back-ups page', () => {
  it('lists every back-up with when it was made, why, what it holds and how big it is', async () => {
    const older = makeBackup({
      path: '/b/before.backup',
      fileName: 'before.backup',
      createdAt: '2026-11-20T09:30:00',
      reason: 'before_restore',
      bytes: 850_000,
      counts: { clients: 1, trajectories: 1, sessions: 1 },
      opensWithCurrentKey: false,
    });
    show({ 'backups.list': () => ok(listOf([makeBackup(), older])) });

    const rows = within(await screen.findByRole('table')).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent('1 dec 2026, 17:05');
    expect(rows[0]).toHaveTextContent('dagelijks');
    expect(rows[0]).toHaveTextContent('48 cliënten, 61 trajecten, 1204 sessies');
    expect(rows[0]).toHaveTextContent('12,4 MB');
    expect(rows[1]).toHaveTextContent('vóór terugzetten');
    expect(rows[1]).toHaveTextContent('1 cliënt, 1 traject, 1 sessie');
    expect(rows[1]).toHaveTextContent('850 kB');
    expect(rows[1]).toHaveTextContent('Opent met de wachtwoordzin of herstelsleutel van toen');
    expect(screen.getByText('Laatste back-up: 1 dec 2026, 17:05')).toBeInTheDocument();
  });

  it('names files that cannot be read and never counts them as a back-up', async () => {
    show({
      'backups.list': () =>
        ok(listOf([], { unreadable: [{ fileName: 'traject-2026-11-30.backup', reason: 'damaged' }], lastBackupAt: null })),
    });
    expect(await screen.findByText(/Eén bestand in deze map lijkt op een back-up/)).toBeInTheDocument();
    expect(screen.getByText('traject-2026-11-30.backup').closest('li')).toHaveTextContent('beschadigd of onvolledig');
    expect(screen.getByText('Er is nog geen back-up gemaakt.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('shows the phase and percentage while a back-up is made, then the new one in the list', async () => {
    let finish: () => void = () => undefined;
    const progress: BackupProgress[] = [
      { phase: 'copying', percent: 40 },
      { phase: 'verifying', percent: 80 },
    ];
    let made = false;
    const core = show({
      'backups.list': () => ok(listOf(made ? [makeBackup({ reason: 'manual', path: '/b/new' }), makeBackup()] : [makeBackup()])),
      'backups.progress': () => ok(progress.length > 1 ? progress.shift()! : progress[0]!),
      'backups.create': () =>
        new Promise((resolve) => {
          finish = () => {
            made = true;
            resolve(ok(makeBackup({ reason: 'manual', path: '/b/new' })));
          };
        }),
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Nu een back-up maken' }));

    await waitFor(() => expect(screen.getByRole('progressbar')).toHaveAttribute('value', '40'));
    expect(screen.getByRole('progressbar', { name: 'Gegevens kopiëren… 40%' })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('progressbar')).toHaveAttribute('value', '80'));
    expect(screen.getByRole('progressbar', { name: 'Back-up controleren… 80%' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Nu een back-up maken' })).toBeDisabled();
    expect(screen.getAllByRole('button', { name: /^Terugzetten/ })[0]).toBeDisabled();

    finish();
    await waitFor(() => expect(screen.queryByRole('progressbar')).not.toBeInTheDocument());
    expect(await screen.findByText(/De back-up is gemaakt en gecontroleerd/)).toBeInTheDocument();
    await waitFor(() => expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(3));
    expect(core.inputsOf('backups.list')).toHaveLength(2);
  });

  it('asks for the key of the day a back-up was made when the current key does not open it', async () => {
    const old = makeBackup({ opensWithCurrentKey: false, path: '/b/old.backup' });
    const core = show({
      'backups.list': () => ok(listOf([old])),
      'backups.restore': (input) =>
        input.passphrase === 'de wachtwoordzin van toen'
          ? ok({ restoredFrom: old, undo: makeBackup({ reason: 'before_restore' }), erasuresReapplied: 2, keptCurrentCredentials: false })
          : fail('WRONG_PASSPHRASE'),
    });
    await userEvent.click(await screen.findByRole('button', { name: /^Terugzetten/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Back-up terugzetten' });
    expect(dialog).toHaveTextContent('48 cliënten, 61 trajecten, 1204 sessies');
    expect(dialog).toHaveTextContent('vóór terugzetten');

    await userEvent.click(within(dialog).getByRole('button', { name: 'Terugzetten' }));
    expect(within(dialog).getByText('Wachtwoordzin is verplicht.')).toBeInTheDocument();
    expect(core.inputsOf('backups.restore')).toHaveLength(0);

    await userEvent.type(within(dialog).getByLabelText(/^Wachtwoordzin/), 'mijn huidige wachtwoordzin');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Terugzetten' }));
    expect(await within(dialog).findByText(/Deze wachtwoordzin klopt niet/)).toBeInTheDocument();

    await userEvent.clear(within(dialog).getByLabelText(/^Wachtwoordzin/));
    await userEvent.type(within(dialog).getByLabelText(/^Wachtwoordzin/), 'de wachtwoordzin van toen');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Terugzetten' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByText(/is teruggezet\./)).toBeInTheDocument();
    expect(screen.getByText(/staan als back-up ‘vóór terugzetten’ bovenaan de lijst/)).toBeInTheDocument();
    expect(screen.getByText('2 cliënten die na deze back-up zijn gewist, zijn opnieuw gewist.')).toBeInTheDocument();
    expect(screen.getByText(/De kluis opent nu met de wachtwoordzin en herstelsleutel die golden/)).toBeInTheDocument();
    expect(core.inputsOf('backups.restore').at(-1)).toEqual({ path: '/b/old.backup', passphrase: 'de wachtwoordzin van toen' });
  });

  it('restores with the current key without asking, and asks after all when core says the key is needed', async () => {
    const core = show({
      'backups.list': () => ok(listOf()),
      'backups.restore': (input) => (input.recoveryKey ? ok({ restoredFrom: makeBackup(), undo: null, erasuresReapplied: 0, keptCurrentCredentials: true }) : fail('BACKUP_KEY_NEEDED')),
    });
    await userEvent.click(await screen.findByRole('button', { name: /^Terugzetten/ }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).queryByLabelText(/^Wachtwoordzin/)).not.toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Terugzetten' }));
    expect(await within(dialog).findByText(/Deze back-up is gemaakt met een andere sleutel/)).toBeInTheDocument();

    await userEvent.click(within(dialog).getByRole('button', { name: 'Met de herstelsleutel van toen' }));
    await userEvent.type(within(dialog).getByLabelText(/^Herstelsleutel/), ' zv9g3-hw788 ');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Terugzetten' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(core.inputsOf('backups.restore')).toEqual([{ path: makeBackup().path }, { path: makeBackup().path, recoveryKey: 'zv9g3-hw788' }]);
    expect(screen.getByText(/oude bestanden zijn apart bewaard/)).toBeInTheDocument();
  });

  it('shows the default folder in browser mode and says only encrypted files go there', async () => {
    const external = '/media/marloes/USB-SCHIJF/traject';
    // Core keeps the chosen folder: the list asked again after the change names it.
    let chosen = folder;
    const core = show({
      'backups.list': () => ok(listOf([], { folder: chosen })),
      'backups.setFolder': (input) => {
        if (input.folder === '/bestaat/niet') return fail('INVALID_INPUT', { field: 'folder' });
        chosen = input.folder ?? folder;
        return ok(listOf([], { folder: chosen }));
      },
    });
    const field = await screen.findByLabelText('Map');
    expect(field).toHaveValue(folder);
    expect(screen.getByText(`Standaard: ${folder}`)).toBeInTheDocument();
    expect(screen.getByText(/In deze map komen alleen versleutelde bestanden/)).toBeInTheDocument();

    await userEvent.clear(field);
    await userEvent.type(field, '/bestaat/niet');
    await userEvent.click(screen.getByRole('button', { name: 'Map opslaan' }));
    expect(await screen.findByText('Map: deze map bestaat niet of Traject mag er niet in schrijven.')).toBeInTheDocument();

    await userEvent.clear(screen.getByLabelText('Map'));
    await userEvent.type(screen.getByLabelText('Map'), external);
    await userEvent.click(screen.getByRole('button', { name: 'Map opslaan' }));
    await waitFor(() => expect(screen.getByLabelText('Map')).toHaveValue(external));
    expect(core.inputsOf('backups.setFolder').at(-1)).toEqual({ folder: external });

    await userEvent.click(screen.getByRole('button', { name: 'Standaardmap gebruiken' }));
    await waitFor(() => expect(screen.getByLabelText('Map')).toHaveValue(folder));
    expect(core.inputsOf('backups.setFolder').at(-1)).toEqual({ folder: null });
  });
});
