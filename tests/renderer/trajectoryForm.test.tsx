import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Client, InputOf, MethodName, Participant, Trajectory } from '../../shared/contract';
import type { Result } from '../../shared/errors';
import { WithCore } from './renderWithCore';
import type { Invoke } from '../../renderer/src/api/transport';
import { TrajectoryEditor } from '../../renderer/src/screens/trajectories/TrajectoryEditor';
import { makeClient as clientFactory } from './factories';

const makeClient = (id: number, firstName: string, lastName: string) => clientFactory({ id, firstName, lastName });

function makeParticipant(id: number, client: Client, role: Participant['role']): Participant {
  const { firstName, lastName, preferredName } = client;
  return {
    id,
    trajectoryId: 7,
    clientId: client.id,
    role,
    firstName,
    lastName,
    preferredName,
    displayName: `${firstName} ${lastName}`,
    joinedAt: '2026-11-01T10:00:00.000Z',
    removedAt: null,
  };
}

function makeTrajectory(participants: Participant[]): Trajectory {
  return {
    id: 7,
    kind: 'couple',
    title: 'Sanne en Mark',
    status: 'active',
    startDate: '2026-11-01',
    endDate: null,
    checkInWeeks: 3,
    retention: { profile: 'wgbo', years: 20 },
    retainUntil: '2046-11-27',
    participants,
    createdAt: '2026-11-01T10:00:00.000Z',
    updatedAt: '2026-11-27T10:00:00.000Z',
  };
}

/** A stand-in for core with a few clients and one couple trajectory; it remembers what the screens sent. */
function makePractice() {
  const clients = [makeClient(1, 'Sanne', 'de Wit'), makeClient(2, 'Mark', 'Jansen'), makeClient(3, 'Els', 'Bakker')];
  const calls: { method: MethodName; input: unknown }[] = [];
  let existing = makeTrajectory([makeParticipant(11, clients[0]!, 'partner')]);
  const invoke: Invoke = async <M extends MethodName>(method: M, input: InputOf<M>) => {
    calls.push({ method, input });
    const ok = (value: unknown) => ({ ok: true, value }) as Result<never>;
    if (method === 'clients.list') {
      const query = ((input as { query?: string }).query ?? '').toLowerCase();
      const items = clients.filter((c) => `${c.firstName} ${c.lastName}`.toLowerCase().includes(query));
      return ok({ items, total: items.length });
    }
    if (method === 'clients.create') {
      const client = makeClient(clients.length + 1, (input as Client).firstName, (input as Client).lastName);
      clients.push(client);
      return ok(client);
    }
    if (method === 'trajectories.create') return ok({ id: 7, title: (input as Trajectory).title } as Trajectory);
    if (method === 'trajectories.get') return ok(existing);
    if (method === 'trajectories.addParticipant') {
      const { clientId, role } = input as { clientId: number; role: Participant['role'] };
      const client = clients.find((c) => c.id === clientId)!;
      existing = { ...existing, participants: [...existing.participants, makeParticipant(10 + clientId, client, role)] };
      return ok(existing);
    }
    if (method === 'trajectories.removeParticipant') {
      const { participantId } = input as { participantId: number };
      existing = { ...existing, participants: existing.participants.filter((p) => p.id !== participantId) };
      return ok(existing);
    }
    return { ok: false, error: { code: 'INTERNAL', message: `not faked: ${method}` } } as Result<never>;
  };
  return { invoke, calls, sent: (method: MethodName) => calls.filter((c) => c.method === method).map((c) => c.input) };
}

function renderNewTrajectory() {
  const practice = makePractice();
  render(
    <WithCore invoke={practice.invoke}>
      <TrajectoryEditor id="new" />
    </WithCore>,
  );
  return practice;
}

async function pick(user: ReturnType<typeof userEvent.setup>, search: string, name: string) {
  const field = screen.getByRole('searchbox', { name: 'Cliënt zoeken' });
  await user.clear(field);
  await user.type(field, search);
  await user.click(await screen.findByRole('button', { name: `${name} toevoegen` }));
}

describe('the new trajectory form', () => {
  it('names a missing title and missing participants, and puts the cursor in the title', async () => {
    const user = userEvent.setup();
    const practice = renderNewTrajectory();

    await user.click(screen.getByRole('button', { name: 'Traject starten' }));

    expect(await screen.findByText('Titel is verplicht.')).toBeVisible();
    expect(screen.getByText('Kies minstens één deelnemer.')).toBeVisible();
    expect(screen.getByLabelText(/^Titel/)).toHaveFocus();
    expect(practice.sent('trajectories.create')).toEqual([]);
  });

  it('starts a couple trajectory with both partners, a check-in interval and an own retention term', async () => {
    const user = userEvent.setup();
    const practice = renderNewTrajectory();

    await user.click(screen.getByRole('radio', { name: /Stel/ }));
    await user.type(screen.getByLabelText(/^Titel/), 'Sanne en Mark');
    await pick(user, 'wit', 'Sanne de Wit');
    await pick(user, 'jans', 'Mark Jansen');
    const picked = screen.getByRole('list', { name: 'Gekozen deelnemers' });
    expect(within(picked).getAllByRole('combobox').map((s) => (s as HTMLSelectElement).value)).toEqual(['partner', 'partner']);
    await user.type(screen.getByLabelText('Startdatum'), '1-12-2026');
    await user.type(screen.getByLabelText('Check-in-interval (weken)'), '4');
    await user.click(screen.getByRole('radio', { name: 'Eigen termijn' }));
    await user.type(screen.getByLabelText('Bewaartermijn in jaren'), '15');
    await user.click(screen.getByRole('button', { name: 'Traject starten' }));

    await waitFor(() => expect(practice.sent('trajectories.create')).toHaveLength(1));
    expect(practice.sent('trajectories.create')[0]).toEqual({
      kind: 'couple',
      title: 'Sanne en Mark',
      status: 'intake',
      startDate: '2026-12-01',
      checkInWeeks: 4,
      retention: { profile: 'custom', years: 15 },
      participants: [
        { clientId: 1, role: 'partner' },
        { clientId: 2, role: 'partner' },
      ],
    });
  });

  it('makes a third person in a couple a sponsor, and refuses a third partner in words', async () => {
    const user = userEvent.setup();
    const practice = renderNewTrajectory();

    await user.type(screen.getByLabelText(/^Titel/), 'Drie');
    await pick(user, 'wit', 'Sanne de Wit');
    await pick(user, 'jans', 'Mark Jansen');
    await pick(user, 'bak', 'Els Bakker');
    const role = screen.getByRole('combobox', { name: 'Rol van Els Bakker' });
    expect(role).toHaveValue('sponsor');

    await user.selectOptions(role, 'partner');
    await user.click(screen.getByRole('button', { name: 'Traject starten' }));

    expect(await screen.findByText(/Er zijn te veel deelnemers in deze rol/)).toBeVisible();
    expect(practice.sent('trajectories.create')).toEqual([]);
  });

  it('asks for a whole number of weeks between check-ins', async () => {
    const user = userEvent.setup();
    renderNewTrajectory();

    await user.type(screen.getByLabelText('Check-in-interval (weken)'), '2,5');
    await user.click(screen.getByRole('button', { name: 'Traject starten' }));

    expect(await screen.findByText('Check-in-interval (weken) moet een heel getal zijn.')).toBeVisible();
  });

  it('adds a new client on the spot and takes them in as a participant', async () => {
    const user = userEvent.setup();
    const practice = renderNewTrajectory();

    await user.click(screen.getByRole('radio', { name: /Individueel/ }));
    await user.click(screen.getByRole('button', { name: 'Nieuwe cliënt toevoegen' }));
    const dialog = await screen.findByRole('dialog', { name: 'Nieuwe cliënt' });
    await user.type(within(dialog).getByLabelText(/^Voornaam/), 'Noor');
    await user.type(within(dialog).getByLabelText(/^Achternaam/), 'Visser');
    await user.click(within(dialog).getByRole('button', { name: 'Cliënt toevoegen' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(practice.sent('clients.create')).toEqual([expect.objectContaining({ firstName: 'Noor', lastName: 'Visser' })]);
    const picked = screen.getByRole('list', { name: 'Gekozen deelnemers' });
    expect(within(picked).getByText('Noor Visser')).toBeInTheDocument();
    expect(within(picked).getByRole('combobox', { name: 'Rol van Noor Visser' })).toHaveValue('client');
  });
});

describe('editing an existing trajectory', () => {
  function renderExisting() {
    const practice = makePractice();
    render(
      <WithCore invoke={practice.invoke}>
        <TrajectoryEditor id={7} />
      </WithCore>,
    );
    return practice;
  }

  it('shows what was chosen before, with the kind fixed', async () => {
    renderExisting();
    expect(await screen.findByRole('heading', { name: 'Sanne en Mark bewerken' })).toBeInTheDocument();
    expect(screen.getByLabelText(/^Titel/)).toHaveValue('Sanne en Mark');
    expect(screen.getByLabelText('Check-in-interval (weken)')).toHaveValue('3');
    expect(screen.queryByRole('radio', { name: /Stel/ })).toBeNull();
    expect(screen.getByText('Stel')).toBeInTheDocument();
  });

  it('adds the second partner at once, in the role chosen for her', async () => {
    const user = userEvent.setup();
    const practice = renderExisting();
    await screen.findByRole('heading', { name: 'Sanne en Mark bewerken' });

    await pick(user, 'jans', 'Mark Jansen');

    await waitFor(() => expect(practice.sent('trajectories.addParticipant')).toEqual([{ trajectoryId: 7, clientId: 2, role: 'partner' }]));
    const picked = screen.getByRole('list', { name: 'Gekozen deelnemers' });
    expect(within(picked).getByText('Mark Jansen')).toBeInTheDocument();
  });

  it('asks before taking a participant out, and takes them out once confirmed', async () => {
    const user = userEvent.setup();
    const practice = renderExisting();
    await screen.findByRole('heading', { name: 'Sanne en Mark bewerken' });

    await user.click(screen.getByRole('button', { name: 'Uit traject halen: Sanne de Wit' }));
    const question = await screen.findByRole('alertdialog', { name: 'Sanne de Wit uit dit traject halen?' });
    expect(practice.sent('trajectories.removeParticipant')).toEqual([]);
    await user.click(within(question).getByRole('button', { name: 'Uit traject halen' }));

    await waitFor(() => expect(practice.sent('trajectories.removeParticipant')).toEqual([{ participantId: 11 }]));
    expect(screen.getByText('Nog niemand gekozen.')).toBeInTheDocument();
  });
});
