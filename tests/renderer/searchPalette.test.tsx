import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { InputOf, MethodName, SearchResults } from '../../shared/contract';
import type { Result } from '../../shared/errors';
import { WithCore } from './renderWithCore';
import { fakeCore, ok } from './fakeCore';
import type { Invoke } from '../../renderer/src/api/transport';
import { SearchPalette } from '../../renderer/src/screens/search/SearchPalette';
import { SnippetText } from '../../renderer/src/screens/search/SnippetText';
import { NavigationContext, type Route } from '../../renderer/src/screens/shell/navigation';

const results: SearchResults = {
  namesOnly: false,
  terms: ['ruzie'],
  clients: [{ clientId: 3, name: 'Sanne de Vries', archived: false, snippet: [{ text: 'Sanne de Vries', match: false }] }],
  notes: [
    {
      sessionId: 41,
      trajectoryId: 1,
      trajectoryTitle: 'Sanne en Mark',
      startsAt: '2026-12-01T14:00',
      field: 'privateNotes',
      private: true,
      snippet: [
        { text: '…na de ', match: false },
        { text: 'ruzie', match: true },
        { text: ' stil', match: false },
      ],
    },
    {
      sessionId: 40,
      trajectoryId: 1,
      trajectoryTitle: 'Sanne en Mark',
      startsAt: '2026-11-24T14:00',
      field: 'summary',
      private: false,
      snippet: [{ text: 'ruzie', match: true }],
    },
  ],
  agreements: [],
  goals: [{ goalId: 5, trajectoryId: 1, trajectoryTitle: 'Sanne en Mark', snippet: [{ text: 'Minder ruzie', match: false }] }],
  more: [],
};

function searchingCore() {
  const queries: string[] = [];
  const invoke = (async <M extends MethodName>(method: M, input: InputOf<M>) => {
    if (method !== 'search.query') return { ok: false, error: { code: 'INTERNAL', message: method } } as Result<never>;
    queries.push((input as InputOf<'search.query'>).query);
    return { ok: true, value: results } as Result<never>;
  }) as Invoke;
  return { invoke, queries };
}

function renderPalette() {
  const navigate = vi.fn<(route: Route) => void>();
  const core = searchingCore();
  render(
    <WithCore invoke={core.invoke}>
      <NavigationContext value={navigate}>
        <SearchPalette />
      </NavigationContext>
    </WithCore>,
  );
  return { navigate, core };
}

describe('a search snippet', () => {
  it('shows markup typed into a note as plain characters, never as elements', () => {
    const { container } = render(
      <SnippetText
        snippet={[
          { text: '<b>vet</b> <img src=x onerror="alert(1)"> ', match: false },
          { text: '<script>ruzie</script>', match: true },
        ]}
      />,
    );
    expect(container.querySelector('b, img, script')).toBeNull();
    expect(container.textContent).toBe('<b>vet</b> <img src=x onerror="alert(1)"> <script>ruzie</script>');
    expect(container.querySelector('mark')?.textContent).toBe('<script>ruzie</script>');
  });
});

describe('the search palette', () => {
  it('opens with Ctrl+K, groups the hits by kind and marks a private-note hit with a lock', async () => {
    const user = userEvent.setup();
    const { core } = renderPalette();
    await user.keyboard('{Control>}k{/Control}');
    const input = await screen.findByRole('combobox', { name: 'Zoeken in je praktijk' });
    expect(input).toHaveFocus();
    await user.type(input, 'ruzie');
    const list = await screen.findByRole('listbox', { name: 'Zoekresultaten' });
    await waitFor(() => expect(within(list).getAllByRole('option')).toHaveLength(4));
    expect(core.queries.at(-1)).toBe('ruzie');

    expect(within(list).getAllByRole('group').map((g) => g.getAttribute('aria-labelledby') && document.getElementById(g.getAttribute('aria-labelledby')!)?.textContent)).toEqual([
      'Cliënten',
      'Sessies en notities',
      'Doelen',
    ]);
    const privateHit = within(list).getByRole('option', { name: /Privénotitie/ });
    expect(privateHit.querySelector('.private-tag svg')).not.toBeNull();
    expect(within(privateHit).getByText('ruzie').tagName).toBe('MARK');
    expect(within(list).getAllByRole('option', { name: /Privénotitie/ })).toHaveLength(1);
  });

  it('moves through the hits with the arrow keys and opens the chosen one with Enter', async () => {
    const user = userEvent.setup();
    const { navigate } = renderPalette();
    await user.keyboard('{Control>}k{/Control}');
    await user.type(await screen.findByRole('combobox'), 'ruzie');
    await waitFor(() => expect(screen.getAllByRole('option')).toHaveLength(4));
    expect(screen.getAllByRole('option')[0]).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{ArrowDown}');
    const chosen = screen.getAllByRole('option')[1]!;
    expect(chosen).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('combobox')).toHaveAttribute('aria-activedescendant', chosen.id);
    await user.keyboard('{Enter}');
    expect(navigate, 'a note hit opens its session on the notes').toHaveBeenCalledWith({ screen: 'session', id: 41, step: 'notes' });
    expect(screen.queryByRole('combobox')).toBeNull();
  });

  it('closes with Esc', async () => {
    const user = userEvent.setup();
    renderPalette();
    await user.keyboard('{Control>}k{/Control}');
    expect(await screen.findByRole('dialog')).toBeVisible();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('keeps the hits it shows while the next letters are typed and asked, then shows the new ones', async () => {
    const user = userEvent.setup();
    let answerNext: (value: SearchResults) => void = () => undefined;
    const onlySanne: SearchResults = { ...results, notes: [], goals: [] };
    const core = fakeCore({
      'search.query': ({ query }) => (query === 'ruzie' ? ok(results) : new Promise((resolve) => (answerNext = (value) => resolve(ok(value))))),
    });
    render(
      <WithCore invoke={core.invoke}>
        <SearchPalette />
      </WithCore>,
    );
    await user.keyboard('{Control>}k{/Control}');
    const input = await screen.findByRole('combobox');
    await user.type(input, 'ruzie');
    await waitFor(() => expect(screen.getAllByRole('option')).toHaveLength(4));

    await user.type(input, ' sanne');
    await waitFor(() => expect(core.inputsOf('search.query').at(-1)?.query).toBe('ruzie sanne'));
    expect(screen.getAllByRole('option'), 'the hits for "ruzie" stay while "ruzie sanne" is asked').toHaveLength(4);
    expect(screen.queryByText(/Niets gevonden/)).toBeNull();

    answerNext(onlySanne);
    await waitFor(() => expect(screen.getAllByRole('option')).toHaveLength(1));
    expect(screen.getByRole('option')).toHaveTextContent('Sanne de Vries');
  });
});
