import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { InputOf, MethodName, NoteTemplate, SessionNotes } from '../../shared/contract';
import type { ApiError, Result } from '../../shared/errors';
import { WithCore } from './renderWithCore';
import type { Invoke } from '../../renderer/src/api/transport';
import { DraftNotesEditor } from '../../renderer/src/screens/sessions/DraftNotesEditor';
import { dropPending, pendingFor } from '../../renderer/src/screens/sessions/pendingNotes';
import { makeSession } from './factories';

const session = makeSession({ durationMinutes: 60, status: 'held' });

const emptyNotes: SessionNotes = {
  sessionId: 41,
  templateKey: 'regular',
  summary: '',
  privateNotes: '',
  finalisedAt: null,
  version: 0,
  updatedAt: null,
  emptyHeadings: { summary: [], privateNotes: [] },
};

function template(key: NoteTemplate['key'], name: string, summary: string, privateNotes: string): NoteTemplate {
  return {
    key,
    name,
    description: `${name}: beschrijving`,
    sections: [
      { key: 'a', heading: summary.trim(), hint: 'Wat besproken is.', target: 'summary' },
      { key: 'b', heading: privateNotes.trim(), hint: 'Alleen voor jezelf.', target: 'private' },
    ],
    skeleton: { summary, privateNotes },
  };
}

const regular = template('regular', 'Reguliere sessie', 'Besproken\n\n', 'Observaties\n\n');
const repair = template('trust_repair', 'Vertrouwensherstel', 'Erkenning\n\n', 'Dynamiek\n\n');

/** Core stand-in for the notes: saves succeed unless `failWith` says otherwise. */
function notesCore(failWith: ApiError['code'] | null = null) {
  const saves: InputOf<'sessions.saveNotes'>[] = [];
  const invoke = (async <M extends MethodName>(method: M, input: InputOf<M>) => {
    if (method !== 'sessions.saveNotes') return { ok: false, error: { code: 'INTERNAL', message: method } } as Result<never>;
    const save = input as InputOf<'sessions.saveNotes'>;
    saves.push(save);
    if (failWith) return { ok: false, error: { code: failWith, message: 'no' } } as Result<never>;
    const value: SessionNotes = {
      ...emptyNotes,
      summary: save.summary ?? '',
      privateNotes: save.privateNotes ?? '',
      updatedAt: '2026-12-01T13:05:00.000Z',
    };
    return { ok: true, value } as Result<never>;
  }) as Invoke;
  return { invoke, saves };
}

function renderEditor(core: ReturnType<typeof notesCore>) {
  return render(
    <WithCore invoke={core.invoke}>
      <DraftNotesEditor session={session} notes={emptyNotes} template={regular} templates={[regular, repair]} saver={{ current: null }} />
    </WithCore>,
  );
}

afterEach(() => dropPending(session.id));

describe('the session notes while the session is open', () => {
  it('start from the template’s headings and save themselves once typing pauses', async () => {
    const user = userEvent.setup();
    const core = notesCore();
    renderEditor(core);
    const summary = screen.getByRole('textbox', { name: /Gedeelde samenvatting/ });
    expect(summary).toHaveValue('Besproken\n\n');
    await user.type(summary, 'De ruzie van zaterdag');
    await waitFor(() => expect(core.saves).toHaveLength(1), { timeout: 3000 });
    expect(core.saves[0]).toEqual({
      id: 41,
      summary: 'Besproken\n\nDe ruzie van zaterdag',
      privateNotes: 'Observaties\n\n',
      templateKey: 'regular',
    });
    expect(await screen.findByText(/Concept opgeslagen om/)).toBeVisible();
    expect(pendingFor(session.id)).toBeUndefined();
  });

  it('mark the private notes with a lock and say they never reach a report', () => {
    renderEditor(notesCore());
    const privateNotes = screen.getByRole('textbox', { name: /Privénotities/ });
    expect(privateNotes).toHaveAccessibleDescription('Alleen voor jou. Komt nooit in een rapport of export.');
    const zone = privateNotes.closest('.private-zone');
    expect(zone).not.toBeNull();
    expect(zone!.querySelector('label svg')).not.toBeNull();
    expect(screen.getByRole('textbox', { name: /Gedeelde samenvatting/ }).closest('.private-zone')).toBeNull();
  });

  it('keep text typed just before the vault locked, and save it when the session opens again', async () => {
    const user = userEvent.setup();
    const locked = notesCore('VAULT_LOCKED');
    const first = renderEditor(locked);
    await user.type(screen.getByRole('textbox', { name: /Privénotities/ }), 'Sanne huilde bij het begin');
    expect(await screen.findByText(/De kluis is vergrendeld voordat alles was opgeslagen/, undefined, { timeout: 3000 })).toBeVisible();
    first.unmount();
    expect(pendingFor(session.id)?.privateNotes).toBe('Observaties\n\nSanne huilde bij het begin');

    const unlocked = notesCore();
    renderEditor(unlocked);
    expect(screen.getByText(/is teruggezet en wordt nu opgeslagen/)).toBeVisible();
    expect(screen.getByRole('textbox', { name: /Privénotities/ })).toHaveValue('Observaties\n\nSanne huilde bij het begin');
    await waitFor(() => expect(unlocked.saves).toHaveLength(1));
    expect(unlocked.saves[0]!.privateNotes).toBe('Observaties\n\nSanne huilde bij het begin');
    await waitFor(() => expect(pendingFor(session.id)).toBeUndefined());
  });

  it('swap untouched headings for another template’s, and ask before adding them under written text', async () => {
    const user = userEvent.setup();
    renderEditor(notesCore());
    const select = screen.getByRole('combobox', { name: 'Notitiesjabloon' });
    await user.selectOptions(select, 'trust_repair');
    expect(screen.getByRole('textbox', { name: /Gedeelde samenvatting/ })).toHaveValue('Erkenning\n\n');

    await user.type(screen.getByRole('textbox', { name: /Gedeelde samenvatting/ }), 'Mark erkent het');
    await user.selectOptions(select, 'regular');
    const dialog = await screen.findByRole('alertdialog', { name: 'Kopjes van het nieuwe sjabloon toevoegen?' });
    expect(dialog).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Kopjes toevoegen' }));
    expect(screen.getByRole('textbox', { name: /Gedeelde samenvatting/ })).toHaveValue('Erkenning\n\nMark erkent het\n\nBesproken\n\n');
  });
});
