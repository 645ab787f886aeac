import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { WithCore } from './renderWithCore';
import { ClientEditor } from '../../renderer/src/screens/clients/ClientEditor';
import { makeClient } from './factories';
import { fakeCore, ok } from './fakeCore';

function renderNewClient() {
  const core = fakeCore({ 'clients.create': (input) => ok(makeClient(input)) });
  render(
    <WithCore invoke={core.invoke}>
      <ClientEditor id="new" />
    </WithCore>,
  );
  return core;
}

describe('the new client form', () => {
  it('says in Dutch that the last name is missing and puts the cursor there', async () => {
    const user = userEvent.setup();
    const core = renderNewClient();

    await user.type(screen.getByLabelText(/^Voornaam/), 'Anneke');
    await user.click(screen.getByRole('button', { name: 'Cliënt toevoegen' }));

    expect(await screen.findByText('Achternaam is verplicht.')).toBeVisible();
    const lastName = screen.getByLabelText(/^Achternaam/);
    expect(lastName).toHaveFocus();
    expect(lastName).toHaveAccessibleDescription('Achternaam is verplicht.');
    expect(core.calls).toEqual([]);
  });

  it('sends the client once the last name is filled in', async () => {
    const user = userEvent.setup();
    const core = renderNewClient();

    await user.type(screen.getByLabelText(/^Voornaam/), 'Anneke');
    await user.type(screen.getByLabelText(/^Achternaam/), '  van den Berg ');
    await user.type(screen.getByLabelText('Geboortedatum'), '14-3-1985');
    await user.click(screen.getByRole('button', { name: 'Cliënt toevoegen' }));

    await waitFor(() => expect(core.calls).toHaveLength(1));
    expect(core.calls).toEqual([
      {
        method: 'clients.create',
        input: expect.objectContaining({
          firstName: 'Anneke',
          lastName: 'van den Berg',
          dateOfBirth: '1985-03-14',
          language: 'nl',
        }),
      },
    ]);
  });
});
