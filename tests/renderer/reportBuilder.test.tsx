import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { MethodName } from '../../shared/contract';
import type { ReportExport, ReportExported, ReportOptions } from '../../shared/contract/reports';
import type { Result } from '../../shared/errors';
import { WithCore } from './renderWithCore';
import type { Invoke } from '../../renderer/src/api/transport';
import { applyLanguage } from '../../renderer/src/i18n';
import { ReportBuilderScreen } from '../../renderer/src/screens/reports/ReportBuilderScreen';
import { ToastProvider } from '../../renderer/src/ui/Toasts';

function makeOptions(overrides: Partial<ReportOptions> = {}): ReportOptions {
  return {
    audiences: [
      { audience: { kind: 'joint' }, label: 'Sanne en Daan samen', language: 'nl' },
      { audience: { kind: 'participant', participantId: 11 }, label: 'Sanne de Vries', language: 'nl' },
      { audience: { kind: 'participant', participantId: 12 }, label: 'Daan Bakker', language: 'en' },
    ],
    sessions: [
      { id: 1, startsAt: '2026-08-03T10:00', kind: 'intake', individualFor: null },
      { id: 2, startsAt: '2026-08-17T10:00', kind: 'regular', individualFor: null },
      { id: 3, startsAt: '2026-08-31T11:00', kind: 'regular', individualFor: 11 },
      { id: 4, startsAt: '2026-09-14T10:00', kind: 'evaluation', individualFor: null },
    ],
    recentFromSessionId: 1,
    defaultLanguage: 'nl',
    unprintable: [],
    ...overrides,
  };
}

function makeExport(overrides: Partial<ReportExport> = {}): ReportExport {
  return {
    id: 7,
    trajectoryId: 5,
    audience: { kind: 'participant', participantId: 11 },
    audienceLabel: 'Sanne de Vries',
    language: 'en',
    fromSessionId: 1,
    toSessionId: 4,
    periodFrom: '2026-08-03',
    periodTo: '2026-09-14',
    full: false,
    sections: ['cover', 'summary', 'agreements'],
    passwordProtected: true,
    fileName: 'voortgangsrapport-sanne-de-vries.pdf',
    sha256: '3f9a1c2b4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b49e0d77aa',
    sizeBytes: 48_213,
    createdAt: '2026-11-27T13:05:00.000Z',
    ...overrides,
  };
}

/** A stand-in for core with the report methods; it remembers what the screen sent. */
function makeReportCore(options = makeOptions(), exports: ReportExport[] = []) {
  const calls: { method: MethodName; input: unknown }[] = [];
  const answers: Partial<Record<MethodName, unknown>> = {
    'reports.options': options,
    'reports.list': exports,
    'reports.export': { ...makeExport(), saved: true } satisfies ReportExported,
  };
  const invoke: Invoke = async (method, input) => {
    calls.push({ method, input });
    if (method in answers) return { ok: true, value: answers[method] } as Result<never>;
    return { ok: false, error: { code: 'NOT_FOUND', message: `not faked: ${method}` } } as Result<never>;
  };
  const sent = (method: MethodName) => calls.filter((call) => call.method === method).map((call) => call.input);
  return { invoke, sent };
}

async function openBuilder(core = makeReportCore(), audienceLegend = 'Ontvanger') {
  render(
    <ToastProvider>
      <WithCore invoke={core.invoke}>
        <ReportBuilderScreen trajectoryId={5} />
      </WithCore>
    </ToastProvider>,
  );
  await screen.findByRole('group', { name: audienceLegend });
  return core;
}

const save = () => userEvent.click(screen.getByRole('button', { name: 'Rapport opslaan' }));

describe('the report builder', () => {
  it('offers the audiences core names and says private notes never go in', async () => {
    await openBuilder();

    const audience = screen.getByRole('group', { name: 'Ontvanger' });
    expect(within(audience).getByRole('radio', { name: 'Sanne en Daan samen' })).toBeChecked();
    expect(within(audience).getByRole('radio', { name: 'Daan Bakker' })).not.toBeChecked();
    expect(screen.getByText('Privénotities en individuele sessies van de andere partner komen nooit in het rapport.')).toBeVisible();
    const from = screen.getByLabelText('Van sessie');
    expect(within(from).getByRole('option', { name: 'ma 31 aug 2026, 11:00 · Sessie · individueel met Sanne de Vries' })).toBeInTheDocument();
  });

  it('refuses a password that differs from its confirmation, in Dutch, with the cursor on the confirmation', async () => {
    const core = await openBuilder();

    await userEvent.click(screen.getByRole('checkbox', { name: /Het PDF-bestand beveiligen met een wachtwoord/ }));
    expect(screen.getByText(/het kan niet worden hersteld/)).toBeVisible();
    await userEvent.type(screen.getByLabelText(/^Wachtwoord voor het rapport/), 'duinpad-42');
    await userEvent.type(screen.getByLabelText(/^Herhaal het wachtwoord/), 'duinpad-24');
    await save();

    expect(await screen.findByText('De twee wachtwoorden zijn niet gelijk.')).toBeVisible();
    expect(screen.getByLabelText(/^Herhaal het wachtwoord/)).toHaveFocus();
    expect(core.sent('reports.export')).toEqual([]);
  });

  it('says in English too when the two passwords differ', async () => {
    await applyLanguage('en');
    await openBuilder(makeReportCore(), 'Recipient');

    await userEvent.click(screen.getByRole('checkbox', { name: /Protect the PDF file with a password/ }));
    await userEvent.type(screen.getByLabelText(/^Password for the report/), 'duinpad-42');
    await userEvent.type(screen.getByLabelText(/^Repeat the password/), 'something else');
    await userEvent.click(screen.getByRole('button', { name: 'Save report' }));

    expect(await screen.findByText('The two passwords are not the same.')).toBeVisible();
  });

  it('asks for at least one section when every section is switched off, on the first one', async () => {
    const core = await openBuilder();

    const sections = screen.getByRole('group', { name: /Onderdelen/ });
    for (const box of within(sections).getAllByRole('checkbox')) await userEvent.click(box);
    await save();

    expect(await screen.findByText('Kies minstens één onderdeel voor het rapport.')).toBeVisible();
    expect(within(sections).getByRole('checkbox', { name: /Voorblad/ })).toHaveFocus();
    expect(core.sent('reports.export')).toEqual([]);
  });

  it('shows the closing remark and next steps only while that section is on', async () => {
    await openBuilder();

    expect(screen.getByLabelText(/^Afsluitend woord$/)).toBeVisible();
    await userEvent.click(screen.getByRole('checkbox', { name: /Afsluitend woord en vervolgstappen/ }));

    expect(screen.queryByLabelText(/^Afsluitend woord$/)).not.toBeInTheDocument();
    expect(screen.getByText(/Dit onderdeel staat uit/)).toBeVisible();
  });

  it('names a period that ends before it starts', async () => {
    const core = await openBuilder();

    await userEvent.selectOptions(screen.getByLabelText('Van sessie'), '2');
    await userEvent.selectOptions(screen.getByLabelText('Tot en met sessie'), '1');
    await save();

    expect(await screen.findByText(/Deze sessie ligt vóór de eerste sessie van de periode/)).toBeVisible();
    expect(screen.getByLabelText('Tot en met sessie')).toHaveFocus();
    expect(core.sent('reports.export')).toEqual([]);
  });

  it('sends one partner, English, the chosen period and sections, and only the next steps that say something', async () => {
    const core = await openBuilder();

    await userEvent.click(screen.getByRole('radio', { name: 'Sanne de Vries' }));
    await userEvent.click(screen.getByRole('radio', { name: 'English' }));
    await userEvent.selectOptions(screen.getByLabelText('Van sessie'), '2');
    await userEvent.click(screen.getByRole('checkbox', { name: /Vragenlijsten/ }));
    await userEvent.click(screen.getByRole('checkbox', { name: /Volledig rapport/ }));
    await userEvent.type(screen.getByLabelText(/^Afsluitend woord$/), 'Goed gedaan.');
    await userEvent.click(screen.getByRole('button', { name: 'Vervolgstap toevoegen' }));
    await userEvent.type(screen.getByLabelText('Vervolgstap 1'), 'Evaluatie{Enter}');
    expect(screen.getByLabelText('Vervolgstap 2')).toHaveFocus(); // Enter starts the next step instead of saving
    await userEvent.click(screen.getByRole('button', { name: 'Vervolgstap toevoegen' }));
    await userEvent.type(screen.getByLabelText('Vervolgstap 3'), 'Weg');
    await userEvent.click(screen.getByRole('button', { name: /Verwijderen \(Vervolgstap 3\)/ }));
    await save();

    await waitFor(() => expect(core.sent('reports.export')).toHaveLength(1));
    expect(core.sent('reports.export')[0]).toEqual({
      trajectoryId: 5,
      audience: { kind: 'participant', participantId: 11 },
      language: 'en',
      fromSessionId: 2,
      toSessionId: 4,
      sections: { cover: true, summary: true, goals: true, agreements: true, repairPlans: true, sessions: true, questionnaires: false, closing: true },
      full: true,
      intro: '',
      closingRemark: 'Goed gedaan.',
      nextSteps: ['Evaluatie'],
    });
    expect(await screen.findByText('Het voortgangsrapport is opgeslagen als voortgangsrapport-sanne-de-vries.pdf.')).toBeInTheDocument();
  });

  it('starts the period at the recent months, concise, and offers the whole programme', async () => {
    const core = await openBuilder(makeReportCore(makeOptions({ recentFromSessionId: 3 })));
    expect(screen.getByLabelText('Van sessie')).toHaveValue('3');
    expect(screen.getByRole('checkbox', { name: /Volledig rapport/ })).not.toBeChecked();
    await userEvent.click(screen.getByRole('button', { name: 'Hele traject' }));
    expect(screen.getByLabelText('Van sessie')).toHaveValue('1');
    await save();
    await waitFor(() => expect(core.sent('reports.export')).toHaveLength(1));
    expect(core.sent('reports.export')[0]).toMatchObject({ fromSessionId: 1, toSessionId: 4, full: false });
  });

  it('writes each reader’s report in their own language, until the practitioner picks one', async () => {
    await openBuilder();
    expect(screen.getByRole('radio', { name: 'Nederlands' })).toBeChecked();
    await userEvent.click(screen.getByRole('radio', { name: 'Daan Bakker' }));
    expect(screen.getByRole('radio', { name: 'English' })).toBeChecked();
    await userEvent.click(screen.getByRole('radio', { name: 'Sanne de Vries' }));
    expect(screen.getByRole('radio', { name: 'Nederlands' })).toBeChecked();
    await userEvent.click(screen.getByRole('radio', { name: 'English' }));
    await userEvent.click(screen.getByRole('radio', { name: 'Sanne en Daan samen' }));
    expect(screen.getByRole('radio', { name: 'English' })).toBeChecked();
  });

  it('sends the password only when the file is to be protected, and clears it after saving', async () => {
    const core = await openBuilder();

    await userEvent.click(screen.getByRole('checkbox', { name: /Het PDF-bestand beveiligen met een wachtwoord/ }));
    await userEvent.type(screen.getByLabelText(/^Wachtwoord voor het rapport/), 'duinpad-42');
    await userEvent.type(screen.getByLabelText(/^Herhaal het wachtwoord/), 'duinpad-42');
    await save();

    await waitFor(() => expect(core.sent('reports.export')).toHaveLength(1));
    expect(core.sent('reports.export')[0]).toMatchObject({ password: 'duinpad-42' });
    await waitFor(() => expect(screen.getByLabelText(/^Wachtwoord voor het rapport/)).toHaveValue(''));
  });

  it('warns which characters will show as [?]', async () => {
    await openBuilder(makeReportCore(makeOptions({ unprintable: ['😀', '✓'] })));

    const warning = screen.getByRole('note', { name: 'Niet alle tekens passen in het rapport' });
    expect(within(warning).getByText(/verschijnen als \[\?\]/)).toBeVisible();
    expect(within(warning).getByText('teken U+1F600')).toBeVisible();
    expect(within(warning).getByText('teken U+2713')).toBeVisible();
  });

  it('lists earlier exports with whom they were for and a shortened SHA-256, the full one at hand', async () => {
    await openBuilder(makeReportCore(makeOptions(), [makeExport()]));

    const table = await screen.findByRole('table');
    const row = within(table).getAllByRole('row')[1]!;
    expect(within(row).getByText('Sanne de Vries')).toBeVisible();
    expect(within(row).getByText('English')).toBeVisible();
    expect(within(row).getByText('Met wachtwoord')).toBeVisible();
    // The dates printed on the report, and whether it was the concise or the full one.
    expect(within(row).getByText('3 augustus 2026 – 14 september 2026', { exact: false })).toBeVisible();
    expect(within(row).getByText('Beknopt rapport')).toBeVisible();
    expect(within(row).getByText('Voorblad, Samenvatting, Afspraken')).toBeVisible();
    const short = within(row).getByText('3f9a1c2b…9e0d77aa');
    expect(short).toHaveAttribute('title', makeExport().sha256);
    expect(within(row).getByText(makeExport().sha256)).toBeInTheDocument();
  });
});
