import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { CheckInPlan, InputOf } from '../../shared/contract';
import { CheckInQuestionnairesField } from '../../renderer/src/screens/trajectories/CheckInQuestionnairesField';
import { fail, ok } from './fakeCore';
import { renderWithCore } from './renderWithCore';

const trust = { key: 'trust-check-in', title: { nl: 'Vertrouwenscheck-in', en: 'Trust check-in' }, clientCanAnswer: true };
const rempel = { key: 'rempel-trust', title: { nl: 'Vertrouwen in de relatie (Rempel)', en: 'Trust in close relationships (Rempel)' }, clientCanAnswer: false };

/** A couple's plan as core answers it: what is chosen, and only what core offers for a couple. */
function planWith(questionnaires: InputOf<'checkIns.set'>['questionnaires']): CheckInPlan {
  return {
    trajectoryId: 7,
    offered: [trust, rempel],
    questionnaires: questionnaires.map((q) => {
      const offered = [trust, rempel].find((o) => o.key === q.questionnaireKey)!;
      return { questionnaireKey: q.questionnaireKey, questionnaireTitle: offered.title, clientCanAnswer: offered.clientCanAnswer, every: q.every, weeks: q.weeks ?? null, dueOn: '2026-12-31', state: 'planned', respondents: [] };
    }),
  };
}

function renderField() {
  let plan = planWith([]);
  return renderWithCore(<CheckInQuestionnairesField trajectoryId={7} />, {
    'checkIns.get': () => ok(plan),
    'checkIns.set': (input) => {
      if (input.questionnaires.some((q) => q.questionnaireKey === 'rempel-trust')) return fail('CONFLICT', { field: 'questionnaires.0.questionnaireKey', reason: 'archived' });
      plan = planWith(input.questionnaires);
      return ok(plan);
    },
  });
}

describe('check-in questionnaires in the trajectory editor', () => {
  it('offers what core offers, and adds a check-in every six weeks at once', async () => {
    const core = renderField();
    const group = await screen.findByRole('group', { name: 'Check-in vragenlijsten' });
    expect(within(group).getByText('Dit traject heeft geen check-in vragenlijsten.')).toBeInTheDocument();
    expect(within(group).getAllByRole('option', { name: /Vertrouwen/ }).map((o) => o.textContent)).toEqual(['Vertrouwenscheck-in', 'Vertrouwen in de relatie (Rempel)']);
    await userEvent.selectOptions(within(group).getByLabelText('Hoe vaak'), 'Om de zoveel weken');
    const weeks = within(group).getByLabelText(/^Aantal weken/);
    await userEvent.clear(weeks);
    await userEvent.type(weeks, '6{Enter}');
    expect(core.inputsOf('checkIns.set')).toEqual([{ trajectoryId: 7, questionnaires: [{ questionnaireKey: 'trust-check-in', every: 'weeks', weeks: 6 }] }]);
    expect(await within(group).findByRole('listitem')).toHaveTextContent('Vertrouwenscheck-in · Elke 6 weken');
    expect(await screen.findByText('Check-in vragenlijsten opgeslagen.')).toBeInTheDocument();
    // What is chosen is no longer offered.
    expect(within(group).getByLabelText('Vragenlijst')).toHaveValue('rempel-trust');
  });

  it('names the field when the number of weeks is wrong, and sends nothing', async () => {
    const core = renderField();
    const group = await screen.findByRole('group', { name: 'Check-in vragenlijsten' });
    await userEvent.selectOptions(within(group).getByLabelText('Hoe vaak'), 'Om de zoveel weken');
    const weeks = within(group).getByLabelText(/^Aantal weken/);
    await userEvent.clear(weeks);
    await userEvent.type(weeks, '0');
    await userEvent.click(within(group).getByRole('button', { name: 'Check-in toevoegen' }));
    expect(within(group).getByText('Aantal weken moet minstens 1 zijn.')).toBeInTheDocument();
    expect(weeks).toHaveAttribute('aria-invalid', 'true');
    expect(core.inputsOf('checkIns.set')).toEqual([]);
  });

  it("says core's refusal in words and keeps the list as it was", async () => {
    renderField();
    const group = await screen.findByRole('group', { name: 'Check-in vragenlijsten' });
    await userEvent.selectOptions(within(group).getByLabelText('Vragenlijst'), 'Vertrouwen in de relatie (Rempel)');
    await userEvent.click(within(group).getByRole('button', { name: 'Check-in toevoegen' }));
    expect(await within(group).findByText(/Deze vragenlijst is gearchiveerd/)).toBeInTheDocument();
    expect(within(group).getByText('Dit traject heeft geen check-in vragenlijsten.')).toBeInTheDocument();
  });
});
