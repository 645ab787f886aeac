import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { AgreementReview, Rating } from '../../shared/contract';
import { SessionWorkspaceScreen } from '../../renderer/src/screens/sessions/SessionWorkspaceScreen';
import { makeAgreement, makeCoupleDetail, makeGoal, makeParticipant, makeWorkspace } from './factories';
import { ok, type Script } from './fakeCore';
import { renderWithCore } from './renderWithCore';

const sanne = makeParticipant(11, 'Sanne', 'de Wit');
const mark = makeParticipant(12, 'Mark', 'Jansen');
const goal = makeGoal({ id: 5, title: 'Eerlijk vertellen waar je bent' });
const agreement = makeAgreement({ id: 7, owner: { kind: 'participant', participantId: 12 } });

/** A joint session of Sanne and Mark with one goal to rate and one agreement to review, as core answers it. */
function sessionCore(): Script {
  const workspace = { ...makeWorkspace([sanne, mark]), goals: [{ goal, ratings: [] as Rating[], previous: [] }], agreementsToReview: [agreement] };
  return {
    'sessions.workspace': () => ok(workspace),
    'noteTemplates.list': () => ok([workspace.template]),
    'trajectories.detail': () => ok(makeCoupleDetail([sanne, mark])),
    'questionnaires.list': () => ok([]),
    'questionnaires.responses': () => ok([]),
    'goals.rate': (input) => {
      const { goalId, sessionId, participantId, value, note } = input;
      return ok({ rating: value === null ? null : { goalId, sessionId, participantId, value, note, ratedAt: '2026-12-01T14:20:00.000Z' } });
    },
    'agreements.review': (input) => {
      const review: AgreementReview = { sessionId: input.sessionId, reviewedOn: '2026-12-01', outcome: input.outcome, note: input.note };
      return ok(makeAgreement({ ...agreement, review }));
    },
  };
}

async function openSession(step: 'review' | 'goals') {
  const core = renderWithCore(<SessionWorkspaceScreen id={41} step={step} />, sessionCore());
  await (step === 'goals' ? screen.findByRole('group', { name: 'Score van Sanne' }) : screen.findByRole('button', { name: 'Nagekomen' }));
  await waitFor(() => expect(core.countCalls()['questionnaires.responses']).toBe(1));
  await waitFor(() => expect(core.countCalls()['trajectories.detail']).toBe(1));
  const before = core.calls.length;
  return { ...core, callsSince: () => core.calls.slice(before).map((call) => call.method) };
}

describe('what the session workspace asks core after a change', () => {
  it('opens with one call per read it shows', async () => {
    const core = await openSession('review');
    expect(core.countCalls()).toEqual({
      'sessions.workspace': 1,
      'noteTemplates.list': 1,
      'trajectories.detail': 1,
      'questionnaires.list': 1,
      'questionnaires.responses': 1,
    });
  });

  it('stores a rating with one call and asks nothing again: the rating control already shows it', async () => {
    const user = userEvent.setup();
    const core = await openSession('goals');
    await user.click(within(screen.getByRole('group', { name: 'Score van Sanne' })).getByRole('radio', { name: '7' }));
    expect(await screen.findByText('Score van Sanne opgeslagen.')).toBeInTheDocument();
    expect(core.callsSince()).toEqual(['goals.rate']);
    expect(core.inputsOf('goals.rate')).toEqual([{ goalId: 5, sessionId: 41, participantId: 11, value: 7, note: '' }]);
  });

  it('after a review asks again only what the review changed, never the note templates or the questionnaires', async () => {
    const user = userEvent.setup();
    const core = await openSession('review');
    await user.click(screen.getByRole('button', { name: 'Nagekomen' }));
    await waitFor(() => expect(core.callsSince()).toContain('trajectories.detail'));
    expect(core.callsSince().sort()).toEqual(['agreements.review', 'sessions.workspace', 'trajectories.detail']);
  });
});
