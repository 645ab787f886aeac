import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ErasureCheck } from '../../shared/contract';
import { WithCore } from './renderWithCore';
import { applyLanguage } from '../../renderer/src/i18n';
import { ClientDataActions } from '../../renderer/src/screens/clients/ClientDataActions';
import { NavigationContext } from '../../renderer/src/screens/shell/navigation';
import { ToastProvider } from '../../renderer/src/ui/Toasts';
import { makeClient } from './factories';
import { ok, fakeCore, type Script } from './fakeCore';

const sanne = makeClient({ id: 14, firstName: 'Sanne', lastName: 'de Vries', language: 'en' });

function check(overrides: Partial<ErasureCheck> = {}): ErasureCheck {
  return {
    clientId: 14,
    name: 'Sanne de Vries',
    retentionPassed: false,
    retainUntil: '2046-03-12',
    trajectoriesRemoved: [{ id: 3, title: 'Individuele coaching 2025' }],
    trajectoriesKept: [{ id: 5, title: 'Relatietherapie Sanne en Daan' }],
    sessionsRemoved: 23,
    ...overrides,
  };
}

function show(script: Script) {
  const core = fakeCore(script);
  const navigate = vi.fn();
  render(
    <WithCore invoke={core.invoke}>
      <ToastProvider>
        <NavigationContext value={navigate}>
          <ClientDataActions client={sanne} />
        </NavigationContext>
      </ToastProvider>
    </WithCore>,
  );
  return { ...core, navigate };
}

describe('erasing a client', () => {
  it('shows what goes and what stays, warns while the retention period runs and then requires a reason', async () => {
    const user = userEvent.setup();
    const core = show({
      'erasure.check': () => ok(check()),
      'erasure.erase': (input) => ok({ clientId: input.clientId, erasedAt: '2026-12-02T10:00:00.000Z', reason: input.reason ?? 'other' }),
    });
    await user.click(screen.getByRole('button', { name: 'Cliënt wissen…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Sanne de Vries wissen?' });
    await within(dialog).findByText('Dit wordt definitief gewist van Sanne de Vries:');
    expect(dialog).toHaveTextContent('1 traject, helemaal:');
    expect(dialog).toHaveTextContent('Individuele coaching 2025');
    expect(dialog).toHaveTextContent('23 sessies met notities, scores en vragenlijsten');
    expect(dialog).toHaveTextContent('Relatietherapie Sanne en Daan');
    const warning = within(dialog).getByRole('note');
    expect(warning).toHaveTextContent('De bewaartermijn is nog niet voorbij.');
    expect(warning).toHaveTextContent('bewaard blijven tot 12 maart 2046');

    await user.type(within(dialog).getByLabelText(/^Typ WISSEN om te bevestigen/), 'wissen');
    await user.click(within(dialog).getByRole('button', { name: 'Definitief wissen' }));
    expect(within(dialog).getByText('Kies een reden: de bewaartermijn is nog niet voorbij.')).toBeInTheDocument();
    expect(within(dialog).getByRole('radio', { name: 'Op verzoek van de cliënt' })).toHaveFocus();
    expect(core.inputsOf('erasure.erase')).toHaveLength(0);

    await user.click(within(dialog).getByRole('radio', { name: 'Op verzoek van de cliënt' }));
    await user.click(within(dialog).getByRole('button', { name: 'Definitief wissen' }));
    await waitFor(() => expect(core.navigate).toHaveBeenCalledWith({ screen: 'clients' }));
    expect(core.inputsOf('erasure.erase')).toEqual([{ clientId: 14, confirm: true, reason: 'client_request' }]);
    expect(await screen.findByText('Sanne de Vries is gewist.')).toBeInTheDocument();
  });

  it('does nothing until the confirmation word is typed', async () => {
    const user = userEvent.setup();
    const core = show({ 'erasure.check': () => ok(check({ retentionPassed: true, trajectoriesKept: [] })) });
    await user.click(screen.getByRole('button', { name: 'Cliënt wissen…' }));
    const dialog = await screen.findByRole('dialog');
    await within(dialog).findByText(/Dit wordt definitief gewist/);
    expect(within(dialog).queryByRole('note')).not.toBeInTheDocument();
    expect(within(dialog).getByRole('radio', { name: 'De bewaartermijn is voorbij' })).toBeChecked();

    await user.type(within(dialog).getByLabelText(/^Typ WISSEN/), 'wisse');
    await user.click(within(dialog).getByRole('button', { name: 'Definitief wissen' }));
    expect(within(dialog).getByText('Typ WISSEN om te bevestigen dat je deze cliënt wilt wissen.')).toBeInTheDocument();
    expect(within(dialog).getByLabelText(/^Typ WISSEN/)).toHaveFocus();

    await user.click(within(dialog).getByRole('button', { name: 'Annuleren' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(core.inputsOf('erasure.erase')).toHaveLength(0);
  });

  it('asks for the English word on an English screen', async () => {
    await applyLanguage('en');
    const user = userEvent.setup();
    show({ 'erasure.check': () => ok(check()) });
    await user.click(screen.getByRole('button', { name: 'Erase client…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Erase Sanne de Vries?' });
    expect(await within(dialog).findByLabelText(/^Type ERASE to confirm/)).toBeInTheDocument();
    expect(within(dialog).getByRole('note')).toHaveTextContent('must be kept until 12 March 2046');
  });
});

describe("a client's data", () => {
  it('asks the summary in the client’s own language and opens the audit log for this client', async () => {
    const user = userEvent.setup();
    const core = show({
      'exports.clientSummary': () => ok({ fileName: 'sanne-de-vries.pdf', pdfBase64: btoa('%PDF-1.7') }),
    });
    URL.createObjectURL = vi.fn(() => 'blob:summary');
    URL.revokeObjectURL = vi.fn();
    await user.click(screen.getByRole('button', { name: 'Samenvatting downloaden (PDF)' }));
    expect(await screen.findByText('sanne-de-vries.pdf staat in je downloads.')).toBeInTheDocument();
    expect(core.inputsOf('exports.clientSummary')).toEqual([{ clientId: 14, language: 'en' }]);

    await user.click(screen.getByRole('button', { name: 'Wie opende dit dossier?' }));
    expect(core.navigate).toHaveBeenCalledWith({ screen: 'settings', page: 'logbook', clientId: 14 });
  });
});
