import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Result } from '../../shared/errors';
import { WithCore } from './renderWithCore';
import type { Invoke } from '../../renderer/src/api/transport';
import { KeyPage } from '../../renderer/src/screens/settings/key/KeyPage';
import { ReadOnlyBanner } from '../../renderer/src/screens/shell/ReadOnlyBanner';
import { ToastProvider } from '../../renderer/src/ui/Toasts';
import { fail, ok, fakeCore } from './fakeCore';

const passphrase = 'rustige zee achter de duinen';
const renewed = 'K7M2P-QX4RT-8HN3V-WB6YC-2JD9F-LS5GE-T3RMA-PV8QN';

function show(invoke: Invoke) {
  render(
    <WithCore invoke={invoke}>
      <ToastProvider>
        <KeyPage />
      </ToastProvider>
    </WithCore>,
  );
}

describe('key and recovery', () => {
  it('shows a new recovery key once, alone on the page, after the passphrase', async () => {
    const user = userEvent.setup();
    const core = fakeCore({
      'vault.newRecoveryKey': (input) => (input.passphrase === passphrase ? ok({ recoveryKey: renewed }) : fail('WRONG_PASSPHRASE')),
    });
    show(core.invoke);
    const section = screen.getByRole('region', { name: 'Nieuwe herstelsleutel' });
    await user.type(within(section).getByLabelText(/^Huidige wachtwoordzin/), 'verkeerd');
    await user.click(within(section).getByRole('button', { name: 'Nieuwe herstelsleutel maken' }));
    expect(await within(section).findByText(/Deze wachtwoordzin klopt niet/)).toBeInTheDocument();

    await user.clear(within(section).getByLabelText(/^Huidige wachtwoordzin/));
    await user.type(within(section).getByLabelText(/^Huidige wachtwoordzin/), passphrase);
    await user.click(within(section).getByRole('button', { name: 'Nieuwe herstelsleutel maken' }));

    const shown = await screen.findByRole('region', { name: 'Je nieuwe herstelsleutel' });
    expect(within(shown).getAllByRole('listitem').map((item) => item.textContent)).toEqual(renewed.split('-'));
    expect(shown).toHaveTextContent('Je oude herstelsleutel werkt niet meer.');
    expect(screen.queryByRole('region', { name: 'Sleutel vernieuwen' })).not.toBeInTheDocument();

    await user.click(within(shown).getByRole('button', { name: 'Klaar' }));
    expect(screen.getByRole('region', { name: 'Je nieuwe herstelsleutel' })).toBeInTheDocument();
    await user.click(within(shown).getByRole('checkbox', { name: /Ik heb de herstelsleutel bewaard/ }));
    await user.click(within(shown).getByRole('button', { name: 'Klaar' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Je nieuwe herstelsleutel' })).not.toBeInTheDocument());
    expect(screen.getByRole('region', { name: 'Sleutel vernieuwen' })).toBeInTheDocument();
  });

  it('rekeys with the passphrase and says the old recovery key stopped working', async () => {
    const user = userEvent.setup();
    const core = fakeCore({ 'vault.rekey': () => ok({ recoveryKey: renewed }) });
    show(core.invoke);
    const section = screen.getByRole('region', { name: 'Sleutel vernieuwen' });
    expect(section).toHaveTextContent('Oudere back-ups openen nog met de wachtwoordzin of herstelsleutel van toen.');
    await user.click(within(section).getByRole('button', { name: 'Sleutel vernieuwen' }));
    expect(within(section).getByText('Huidige wachtwoordzin is verplicht.')).toBeInTheDocument();
    await user.type(within(section).getByLabelText(/^Huidige wachtwoordzin/), passphrase);
    await user.click(within(section).getByRole('button', { name: 'Sleutel vernieuwen' }));
    expect(await screen.findByText(/De sleutel is vernieuwd\./)).toBeInTheDocument();
    expect(core.inputsOf('vault.rekey')).toEqual([{ passphrase }]);
  });
});

describe('a read-only vault', () => {
  it('says so in a calm line, and nothing when the vault can be written', async () => {
    const status = (readOnly: boolean) =>
      (async () => ok({ state: 'unlocked', autoLockMinutes: 10, language: 'nl', readOnly })) as unknown as Invoke;
    const { unmount } = render(
      <WithCore invoke={status(true)}>
        <ReadOnlyBanner />
      </WithCore>,
    );
    expect(await screen.findByRole('note')).toHaveTextContent('Alleen lezen. De kluis staat op een plek waar Traject niet kan schrijven.');
    unmount();
    let answered = false;
    const writable = (async () => {
      answered = true;
      return ok({ state: 'unlocked', autoLockMinutes: 10, language: 'nl', readOnly: false }) as Result<never>;
    }) as unknown as Invoke;
    render(
      <WithCore invoke={writable}>
        <ReadOnlyBanner />
      </WithCore>,
    );
    await waitFor(() => expect(answered).toBe(true));
    expect(screen.queryByRole('note')).not.toBeInTheDocument();
  });
});
