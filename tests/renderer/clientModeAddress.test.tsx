import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ClientModeQuestionnaire } from '../../shared/contract';
import { builtinQuestionnaires } from '../../shared/questionnaires/builtin';
import { ClientModeScreen } from '../../renderer/src/screens/clientMode/ClientModeScreen';
import { ok } from './fakeCore';
import { renderWithCore } from './renderWithCore';

const trustCheckIn = builtinQuestionnaires.find((q) => q.key === 'trust-check-in')!;

function handedTo(fields: Partial<ClientModeQuestionnaire>): ClientModeQuestionnaire {
  return { firstName: 'Sanne', language: 'nl', address: 'je', definition: trustCheckIn, practiceItemTexts: {}, answered: false, ...fields };
}

function showClientMode(questionnaire: ClientModeQuestionnaire) {
  let answered = false;
  return renderWithCore(<ClientModeScreen onLeft={() => undefined} />, {
    'clientMode.questionnaire': () => ok({ ...questionnaire, answered }),
    'clientMode.submit': () => ((answered = true), ok({ stored: true as const })),
  });
}

describe('client mode speaks to the client as the practice chose', () => {
  it('says "u" all through when the practice chose it, from the greeting to the thanks', async () => {
    const user = userEvent.setup();
    showClientMode(handedTo({ address: 'u' }));
    expect(await screen.findByRole('heading', { name: 'Beste Sanne', level: 1 })).toBeVisible();
    expect(screen.getByText(/^Vul de vragen in\. U mag een vraag overslaan\./)).toBeVisible();
    await user.click(screen.getAllByText('8', { exact: true })[0]!);
    await user.click(screen.getByRole('button', { name: 'Antwoorden opslaan' }));
    expect(await screen.findByRole('heading', { name: 'Dank u wel, Sanne', level: 1 })).toBeVisible();
    expect(screen.getByText('Uw antwoorden zijn opgeslagen. Geef de computer nu terug.')).toBeVisible();
  });

  it('speaks English to an English client, and keeps the way back in the practitioner’s language', async () => {
    showClientMode(handedTo({ language: 'en', firstName: 'Daan' }));
    expect(await screen.findByRole('heading', { name: 'Hello Daan', level: 1 })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Save answers' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Invulmodus verlaten' })).toBeVisible();
  });
});
