import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { AuditEntry } from '../../shared/contract';
import { WithCore } from './renderWithCore';
import { AuditLogPage } from '../../renderer/src/screens/settings/audit/AuditLogPage';
import { NavigationContext } from '../../renderer/src/screens/shell/navigation';
import { makeClient } from './factories';
import { ok, fakeCore } from './fakeCore';

function entry(id: number, overrides: Partial<AuditEntry> = {}): AuditEntry {
  return {
    id,
    at: `2026-12-01T${String(8 + (id % 10)).padStart(2, '0')}:15:00`,
    event: 'client_opened',
    clientId: null,
    trajectoryId: null,
    sessionId: null,
    practitioner: 'Marloes Visser',
    device: 'marloes-laptop',
    details: {},
    ...overrides,
  };
}

const clients = [makeClient({ id: 3, firstName: 'Sanne', lastName: 'de Vries' }), makeClient({ id: 4, firstName: 'Daan', lastName: 'Bakker' })];

function show(clientId?: number) {
  const core = fakeCore({
    'audit.list': (input) => {
      const all = [
        entry(5, { event: 'session_opened', clientId: 3, trajectoryId: 2, sessionId: 31 }),
        entry(4, { event: 'client_erased', clientId: 9 }),
        entry(3, { event: 'client_opened', clientId: 4 }),
        entry(2, { event: 'unlock_failed' }),
      ];
      const items = all.filter((e) => input.clientId === undefined || e.clientId === input.clientId);
      return ok({ items, total: items.length });
    },
    'clients.list': () => ok({ items: clients.map((c) => ({ ...c, status: 'none' as const, nextSession: null })), total: clients.length }),
    'audit.verify': () => ok({ intact: false, entries: 1_234, firstBrokenId: 57, problem: 'mac_mismatch' }),
  });
  const navigate = vi.fn();
  render(
    <WithCore invoke={core.invoke}>
      <NavigationContext value={navigate}>
        <AuditLogPage clientId={clientId} />
      </NavigationContext>
    </WithCore>,
  );
  return { ...core, navigate };
}

describe('the audit log', () => {
  it('names clients by their current name and an erased one as erased, never by what the log itself holds', async () => {
    show();
    const table = await screen.findByRole('table');
    await waitFor(() => expect(table).toHaveTextContent('Sanne de Vries'));
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows[0]).toHaveTextContent('Sessie geopend');
    expect(rows[0]).toHaveTextContent('traject nr. 2, sessie nr. 31');
    expect(rows[0]).toHaveTextContent('Marloes Visser');
    expect(rows[0]).toHaveTextContent('marloes-laptop');
    expect(rows[1]).toHaveTextContent('Cliënt gewist');
    expect(rows[1]).toHaveTextContent('Gewiste cliënt (nr. 9)');
    expect(rows[2]).toHaveTextContent('Daan Bakker');
    expect(rows[3]).toHaveTextContent('Ontgrendelen mislukt');
  });

  it('shows one client’s entries when opened for that client, with a way back to everyone', async () => {
    const core = show(3);
    expect(await screen.findByText('Alleen het logboek van Sanne de Vries')).toBeInTheDocument();
    expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(2);
    expect(core.inputsOf('audit.list')).toEqual([{ offset: 0, limit: 50, clientId: 3 }]);
    await userEvent.click(screen.getByRole('button', { name: 'Alle cliënten tonen' }));
    expect(core.navigate).toHaveBeenCalledWith({ screen: 'settings', page: 'logbook' });
  });

  it('filters by event and names the first broken entry when the chain is checked', async () => {
    const core = show();
    await screen.findByRole('table');
    await userEvent.selectOptions(screen.getByLabelText('Gebeurtenis'), 'Cliënt gewist');
    await waitFor(() => expect(core.inputsOf('audit.list').at(-1)).toEqual({ offset: 0, limit: 50, event: 'client_erased' }));
    await userEvent.click(screen.getByRole('button', { name: 'Logboek controleren' }));
    expect(await screen.findByText('Regel nr. 57 is gewijzigd. Vanaf die regel is het logboek niet meer te vertrouwen.')).toBeInTheDocument();
  });
});
