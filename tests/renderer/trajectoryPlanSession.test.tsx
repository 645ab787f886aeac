import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { InputOf, MethodName, Session, SessionOverlap } from '../../shared/contract';
import type { Result } from '../../shared/errors';
import { WithCore } from './renderWithCore';
import type { Invoke } from '../../renderer/src/api/transport';
import { PlanSessionDialog } from '../../renderer/src/screens/trajectories/PlanSessionDialog';
import { makeCoupleDetail } from './factories';

/** Core as the dialog meets it: no suggested time, the given overlaps, and every session created. */
function renderDialog(overlaps: SessionOverlap[] = []) {
  const sent: unknown[] = [];
  const planned: Session[] = [];
  const invoke: Invoke = async <M extends MethodName>(method: M, input: InputOf<M>) => {
    if (method === 'sessions.overlaps') return { ok: true, value: overlaps } as Result<never>;
    if (method !== 'sessions.create') return { ok: false, error: { code: 'INTERNAL', message: method } } as Result<never>;
    sent.push(input);
    return { ok: true, value: { id: 9, ...(input as object) } } as Result<never>;
  };
  render(
    <WithCore invoke={invoke}>
      <PlanSessionDialog open onOpenChange={() => undefined} detail={makeCoupleDetail()} onPlanned={(s) => planned.push(s)} />
    </WithCore>,
  );
  return { sent, planned };
}

describe('planning a session', () => {
  it('calls a session with both partners a joint session, and with one partner her individual session', async () => {
    const user = userEvent.setup();
    renderDialog();

    expect(screen.getByText('Dit wordt een gezamenlijke sessie.')).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: /Mark Jansen/ }));
    expect(screen.getByText('Dit wordt een individuele sessie (Sanne).')).toBeInTheDocument();
  });

  it('sends the local start, the duration, the kind and only the attendees chosen', async () => {
    const user = userEvent.setup();
    const { sent, planned } = renderDialog();

    await user.type(screen.getByLabelText('Datum'), '1-12-2026');
    await user.type(screen.getByLabelText(/^Begintijd/), '9.30');
    await user.selectOptions(screen.getByLabelText('Duur'), '90');
    await user.click(screen.getByRole('checkbox', { name: /Mark Jansen/ }));
    await user.click(screen.getByRole('button', { name: 'Sessie plannen' }));

    await waitFor(() => expect(planned).toHaveLength(1));
    expect(sent).toEqual([
      { trajectoryId: 1, startsAt: '2026-12-01T09:30', durationMinutes: 90, kind: 'intake', status: 'planned', attendeeIds: [1] },
    ]);
  });

  it('names a time that does not exist and a session without anyone in it', async () => {
    const user = userEvent.setup();
    const { sent } = renderDialog();

    await user.type(screen.getByLabelText('Datum'), '1-12-2026');
    await user.type(screen.getByLabelText(/^Begintijd/), '25:00');
    await user.click(screen.getByRole('checkbox', { name: /Sanne de Wit/ }));
    await user.click(screen.getByRole('checkbox', { name: /Mark Jansen/ }));
    await user.click(screen.getByRole('button', { name: 'Sessie plannen' }));

    expect(await screen.findByText('Begintijd: vul een tijd in zoals 14:30.')).toBeVisible();
    expect(screen.getByText('Kies minstens één deelnemer die bij de sessie is.')).toBeVisible();
    expect(screen.getByLabelText(/^Begintijd/)).toHaveFocus();
    expect(sent).toEqual([]);
  });

  it('shows what the time overlaps with before saving, and saves anyway on a second press', async () => {
    const user = userEvent.setup();
    const other: SessionOverlap = { sessionId: 5, trajectoryId: 2, trajectoryTitle: 'Team Noord', startsAt: '2026-12-01T09:00', durationMinutes: 60, status: 'planned' };
    const { sent, planned } = renderDialog([other]);

    await user.type(screen.getByLabelText('Datum'), '1-12-2026');
    await user.type(screen.getByLabelText(/^Begintijd/), '9.30');
    await user.click(screen.getByRole('button', { name: 'Sessie plannen' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Dit tijdstip overlapt met een geplande sessie');
    expect(screen.getByRole('alert')).toHaveTextContent('Team Noord');
    expect(sent).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Toch plannen' }));
    await waitFor(() => expect(planned).toHaveLength(1));
    expect(sent).toEqual([expect.objectContaining({ startsAt: '2026-12-01T09:30', allowOverlap: true })]);
  });
});
