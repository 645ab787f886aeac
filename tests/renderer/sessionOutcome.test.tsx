import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { InputOf, MethodName } from '../../shared/contract';
import type { Result } from '../../shared/errors';
import { WithCore } from './renderWithCore';
import type { Invoke } from '../../renderer/src/api/transport';
import { applyLanguage } from '../../renderer/src/i18n';
import { AgreementReviewCard } from '../../renderer/src/screens/sessions/AgreementReviewCard';
import { OutcomePicker } from '../../renderer/src/screens/sessions/OutcomePicker';
import { makeAgreement } from './factories';

/** Core stand-in: every review succeeds and is remembered. */
function reviewingCore() {
  const calls: { method: MethodName; input: unknown }[] = [];
  const invoke = (async <M extends MethodName>(method: M, input: InputOf<M>) => {
    calls.push({ method, input });
    const review = input as InputOf<'agreements.review'>;
    const value = makeAgreement({ review: { sessionId: review.sessionId, reviewedOn: '2026-12-01', outcome: review.outcome, note: review.note ?? '' } });
    return { ok: true, value } as Result<never>;
  }) as Invoke;
  return { invoke, calls };
}

function renderCard(core = reviewingCore()) {
  const onReviewed = vi.fn();
  render(
    <WithCore invoke={core.invoke}>
      <ul>
        <AgreementReviewCard
          agreement={makeAgreement()}
          sessionId={3}
          owner="Mark"
          madeOn="di 24 nov"
          due="Te bespreken in de volgende sessie"
          replacementText={null}
          selfReport={null}
          onReviewed={onReviewed}
        />
      </ul>
    </WithCore>,
  );
  return { core, onReviewed };
}

describe('the outcome picker', () => {
  it('shows five outcomes, each with an icon and a word, and marks the chosen one as pressed', () => {
    render(<OutcomePicker value="partly_kept" onChange={() => undefined} labelledBy="x" />);
    const buttons = screen.getAllByRole('button');
    expect(buttons.map((b) => b.textContent)).toEqual(['Nagekomen', 'Deels nagekomen', 'Niet nagekomen', 'Bijgesteld', 'Vervallen']);
    for (const button of buttons) expect(button.querySelector('svg')).not.toBeNull();
    expect(screen.getByRole('button', { name: 'Deels nagekomen' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: 'Nagekomen' })).toHaveAttribute('aria-pressed', 'false');
  });

  it('speaks English when the screen does', async () => {
    await applyLanguage('en');
    render(<OutcomePicker value={null} onChange={() => undefined} labelledBy="x" />);
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(['Kept', 'Partly kept', 'Not kept', 'Renegotiated', 'Dropped']);
  });
});

describe('reviewing an agreement in a session', () => {
  it('saves the outcome as soon as it is chosen, with the note', async () => {
    const user = userEvent.setup();
    const { core, onReviewed } = renderCard();
    await user.type(screen.getByLabelText('Toelichting (optioneel)'), 'Twee keer vergeten');
    await user.click(screen.getByRole('button', { name: 'Niet nagekomen' }));
    await waitFor(() => expect(onReviewed).toHaveBeenCalled());
    expect(core.calls).toEqual([
      { method: 'agreements.review', input: { id: 7, sessionId: 3, outcome: 'not_kept', note: 'Twee keer vergeten' } },
    ]);
    expect(screen.getByRole('status')).toHaveTextContent('Opgeslagen: Niet nagekomen.');
  });

  it('names the agreement in the outcome group, so a screen reader knows which one it is', () => {
    renderCard();
    expect(screen.getByRole('group', { name: /Uitkomst.*Mark belt als hij later thuiskomt/ })).toBeVisible();
  });

  it('asks for the new wording before it records a renegotiation', async () => {
    const user = userEvent.setup();
    const { core } = renderCard();
    await user.click(screen.getByRole('button', { name: 'Bijgesteld' }));
    expect(core.calls).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Bijstellen' }));
    expect(screen.getByText('Bijgestelde afspraak is verplicht.')).toBeVisible();
    expect(core.calls).toEqual([]);

    await user.type(screen.getByRole('textbox', { name: /Bijgestelde afspraak/ }), 'Mark appt vóór zes uur');
    await user.click(screen.getByRole('button', { name: 'Bijstellen' }));
    await waitFor(() => expect(core.calls).toHaveLength(1));
    expect(core.calls[0]!.input).toEqual({
      id: 7,
      sessionId: 3,
      outcome: 'renegotiated',
      note: '',
      newAgreement: { owner: { kind: 'participant', participantId: 11 }, text: 'Mark appt vóór zes uur', due: { kind: 'next_session' } },
    });
  });

  it('shows a failed save in words and keeps the choice on screen', async () => {
    const user = userEvent.setup();
    const failing = {
      calls: [],
      invoke: (async () => ({ ok: false, error: { code: 'CONFLICT', message: 'x' } })) as Invoke,
    };
    renderCard(failing);
    await user.click(screen.getByRole('button', { name: 'Nagekomen' }));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText(/Dit botst met een andere wijziging/)).toBeVisible();
    expect(screen.getByRole('button', { name: 'Nagekomen' })).toHaveAttribute('aria-pressed', 'true');
  });
});
