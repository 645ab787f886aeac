import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { InputOf, MethodName, QuestionnaireDetail } from '../../shared/contract';
import type { Result } from '../../shared/errors';
import { questionnaireDefinition } from '../../shared/questionnaires/definition';
import { WithCore } from './renderWithCore';
import type { Invoke } from '../../renderer/src/api/transport';
import { QuestionnaireEditor } from '../../renderer/src/screens/questionnaires/QuestionnaireEditor';
import { QuestionnaireFill } from '../../renderer/src/screens/questionnaires/QuestionnaireFill';

function detailOf(definition: QuestionnaireDetail['definition'], practiceItemTexts: QuestionnaireDetail['practiceItemTexts'] = {}): QuestionnaireDetail {
  return {
    definition,
    builtIn: false,
    basedOn: null,
    versions: [definition.version],
    archivedAt: null,
    practiceItemTexts,
    ranges: { total: { min: 0, max: 0 }, subscales: {} },
    responseCount: 0,
  };
}

function creatingCore() {
  const created: InputOf<'questionnaires.create'>[] = [];
  const invoke = (async <M extends MethodName>(method: M, input: InputOf<M>) => {
    if (method !== 'questionnaires.create') return { ok: false, error: { code: 'INTERNAL', message: method } } as Result<never>;
    const request = input as InputOf<'questionnaires.create'>;
    created.push(request);
    const definition = questionnaireDefinition.parse({ key: 'custom-1', version: 1, ...request.definition });
    return { ok: true, value: detailOf(definition) } as Result<never>;
  }) as Invoke;
  return { invoke, created };
}

describe('the questionnaire editor', () => {
  it('names what is wrong in words, on the field at fault, and starts at the first one', async () => {
    const user = userEvent.setup();
    const core = creatingCore();
    render(
      <WithCore invoke={core.invoke}>
        <QuestionnaireEditor start={{ kind: 'new' }} onDone={() => undefined} />
      </WithCore>,
    );
    const highest = screen.getByRole('textbox', { name: 'Hoogste punt' });
    await user.clear(highest);
    await user.type(highest, '0');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));

    expect(await screen.findByText('Titel: vul de tekst in, in het Nederlands of het Engels.')).toBeVisible();
    expect(screen.getByRole('textbox', { name: 'Titel (Nederlands)' })).toHaveFocus();
    expect(screen.getByText('Hoogste punt moet hoger zijn dan het laagste punt.')).toBeVisible();
    expect(screen.getAllByText('Vraagtekst: vul de tekst in, in het Nederlands of het Engels.')).toHaveLength(5);
    expect(core.created).toEqual([]);
  });

  it('refuses a band outside the score range, then stores the questionnaire', async () => {
    const user = userEvent.setup();
    const core = creatingCore();
    const onDone = vi.fn();
    render(
      <WithCore invoke={core.invoke}>
        <QuestionnaireEditor start={{ kind: 'new' }} onDone={onDone} />
      </WithCore>,
    );
    await user.type(screen.getByRole('textbox', { name: 'Titel (Nederlands)' }), 'Wekelijkse check');
    const texts = screen.getAllByRole('textbox', { name: 'Vraagtekst (Nederlands)' });
    for (const [i, field] of texts.entries()) await user.type(field, `Uitspraak ${i + 1}`);
    await user.click(screen.getByRole('button', { name: 'Scorecategorie toevoegen' }));
    const to = screen.getByRole('textbox', { name: 'Tot en met' });
    await user.clear(to);
    await user.type(to, '80');
    await user.type(screen.getByRole('textbox', { name: 'Betekenis (Nederlands)' }), 'Alles');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(await screen.findByText('Tot en met ligt buiten het bereik van de score.')).toBeVisible();

    await user.clear(to);
    await user.type(to, '50');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(core.created).toHaveLength(1));
    const { definition } = core.created[0]!;
    expect(definition.title).toEqual({ nl: 'Wekelijkse check', en: '' });
    expect(definition.items.map((item) => item.text?.nl)).toEqual(['Uitspraak 1', 'Uitspraak 2', 'Uitspraak 3', 'Uitspraak 4', 'Uitspraak 5']);
    expect(definition.scoring.bands).toEqual([{ from: 0, to: 50, label: { nl: 'Alles', en: '' }, severity: 'none' }]);
    expect(onDone).toHaveBeenCalledWith('custom-1');
  });
});

describe('filling in a scoring-only questionnaire', () => {
  const definition = questionnaireDefinition.parse({
    key: 'team-safety',
    version: 1,
    title: { nl: 'Veiligheid', en: 'Safety' },
    textLicensed: false,
    scale: { min: 1, max: 7, labels: [{ value: 1, label: { nl: 'Zeer onjuist', en: 'Very inaccurate' } }] },
    items: [{ id: 'q1', reverseKeyed: true }, { id: 'q2' }, { id: 'q3' }],
    scoring: { method: 'mean', maxMissing: 1 },
  });

  it('shows the practice’s own text where there is one, the item number elsewhere, and sends every item', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn(async () => null);
    render(
      <QuestionnaireFill
        detail={detailOf(definition, { q1: { nl: 'Fouten worden ons aangerekend', en: '' } })}
        respondent="Mark"
        onSubmit={onSubmit}
        onCancel={() => undefined}
      />,
    );
    expect(screen.getByRole('group', { name: '1. Fouten worden ons aangerekend' })).toBeVisible();
    expect(screen.getByRole('group', { name: 'Vraag 2' })).toBeVisible();
    expect(screen.getByText(/Niet alle vragen hebben hier een tekst/)).toBeVisible();
    expect(screen.getAllByRole('radio', { name: /Zeer onjuist/ })).toHaveLength(3);

    await user.click(screen.getByRole('group', { name: '1. Fouten worden ons aangerekend' }).querySelectorAll('input')[5]!);
    await user.click(screen.getByRole('group', { name: 'Vraag 3' }).querySelectorAll('input')[2]!);
    expect(screen.getByText('2 van 3 vragen beantwoord')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Antwoorden opslaan' }));
    expect(onSubmit).toHaveBeenCalledWith([
      { itemId: 'q1', value: 6 },
      { itemId: 'q2', value: null },
      { itemId: 'q3', value: 3 },
    ]);
  });
});
