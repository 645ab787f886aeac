import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import type { Client, ClientOverview } from '../../shared/contract';
import { ClientEditor } from '../../renderer/src/screens/clients/ClientEditor';
import { ClientsScreen } from '../../renderer/src/screens/clients/ClientsScreen';
import { NavigationContext, type Route } from '../../renderer/src/screens/shell/navigation';
import { ToastProvider } from '../../renderer/src/ui/Toasts';
import { makeClient } from './factories';
import { fakeCore, fail, ok } from './fakeCore';
import { WithCore } from './renderWithCore';

/** A small practice the fake core keeps, so a write changes what the next read answers. */
function practice() {
  const clients: Client[] = [
    makeClient({ id: 1, firstName: 'Anneke', lastName: 'van den Berg' }),
    makeClient({ id: 2, firstName: 'Daan', lastName: 'Jansen' }),
    makeClient({ id: 3, firstName: 'Sanne', lastName: 'de Vries' }),
  ];
  const find = (id: number) => clients.find((c) => c.id === id);
  const overview = (client: Client): ClientOverview => ({
    client,
    archived: client.archivedAt !== null,
    status: client.archivedAt ? 'archived' : 'none',
    trajectories: [],
    nextSessions: [],
    pastSessions: [],
    openAgreements: [],
    latestScores: [],
  });
  return fakeCore({
    'clients.list': ({ archived, offset, limit }) => {
      const shown = clients.filter((c) => archived === 'all' || (archived === 'archived') === (c.archivedAt !== null));
      const items = shown.slice(offset, offset + limit).map((c) => ({ ...c, status: overview(c).status, nextSession: null }));
      return ok({ items, total: shown.length });
    },
    'clients.get': ({ id }) => {
      const client = find(id);
      return client ? ok(client) : fail('NOT_FOUND');
    },
    'clients.overview': ({ id }) => {
      const client = find(id);
      return client ? ok(overview(client)) : fail('NOT_FOUND');
    },
    'questionnaires.list': () => ok([]),
    'clients.update': ({ id, ...changes }) => {
      const client = find(id);
      if (!client) return fail('NOT_FOUND');
      Object.assign(client, changes, { updatedAt: '2026-12-02T10:00:00.000Z' });
      return ok({ ...client });
    },
    'clients.archive': ({ id, archived }) => {
      const client = find(id);
      if (!client) return fail('NOT_FOUND');
      client.archivedAt = archived ? '2026-12-02T10:00:00.000Z' : null;
      return ok({ ...client });
    },
  });
}

/** The clients list and a client's page, switched as the app's shell switches them. */
function ClientsSection() {
  const [route, setRoute] = useState<Route>({ screen: 'clients' });
  return (
    <NavigationContext value={setRoute}>
      {route.screen === 'client' ? <ClientEditor id={route.id} list={route.list} /> : <ClientsScreen initial={route.screen === 'clients' ? route.list : undefined} />}
    </NavigationContext>
  );
}

function showClients() {
  const core = practice();
  render(
    <WithCore invoke={core.invoke}>
      <ToastProvider>
        <ClientsSection />
      </ToastProvider>
    </WithCore>,
  );
  return core;
}

const rowNames = () => within(screen.getByRole('table')).getAllByRole('rowheader').map((cell) => cell.textContent);

describe('the clients list and a client page share one cache', () => {
  it('shows the new name in the list after saving a client, asking the list once and nothing twice', async () => {
    const user = userEvent.setup();
    const core = showClients();
    await screen.findByRole('button', { name: 'Daan Jansen' });
    expect(core.countCalls()).toEqual({ 'clients.list': 1 });

    await user.click(screen.getByRole('button', { name: 'Daan Jansen' }));
    const lastName = await screen.findByLabelText(/^Achternaam/);
    await screen.findByRole('heading', { name: 'Overzicht' });
    expect(core.countCalls()).toEqual({ 'clients.list': 1, 'clients.get': 1, 'clients.overview': 1, 'questionnaires.list': 1 });

    await user.clear(lastName);
    await user.type(lastName, 'Jansen-Bakker');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));

    expect(await screen.findByRole('button', { name: 'Daan Jansen-Bakker' })).toBeInTheDocument();
    expect(rowNames()).toEqual(['Anneke van den Berg', 'Daan Jansen-Bakker', 'Sanne de Vries']);
    await waitFor(() => expect(core.countCalls()['clients.list']).toBe(2));
    expect(core.countCalls()).toEqual({ 'clients.list': 2, 'clients.get': 1, 'clients.overview': 1, 'questionnaires.list': 1, 'clients.update': 1 });
  });

  it('shows the list it had at once when coming back, while asking core again', async () => {
    const user = userEvent.setup();
    showClients();
    await user.click(await screen.findByRole('button', { name: 'Sanne de Vries' }));
    await user.click(await screen.findByRole('button', { name: 'Terug naar cliënten' }));
    // No wait: the rows are there from the cache in the same render that opened the list.
    expect(rowNames()).toEqual(['Anneke van den Berg', 'Daan Jansen', 'Sanne de Vries']);
  });

  it('turns the archive button around after archiving, since the write asks the open client again', async () => {
    const user = userEvent.setup();
    const core = showClients();
    await user.click(await screen.findByRole('button', { name: 'Anneke van den Berg' }));
    await user.click(await screen.findByRole('button', { name: 'Archiveren' }));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Archiveren' }));

    expect(await screen.findByRole('button', { name: 'Uit archief halen' })).toBeInTheDocument();
    expect(screen.getByText(/Deze cliënt is gearchiveerd op/)).toBeInTheDocument();
    expect(core.countCalls()).toMatchObject({ 'clients.archive': 1, 'clients.get': 2, 'clients.overview': 2 });
  });
});
