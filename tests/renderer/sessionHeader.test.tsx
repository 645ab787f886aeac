import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SessionHeader } from '../../renderer/src/screens/sessions/SessionHeader';
import { makeParticipant, makeWorkspace } from './factories';
import { renderWithCore } from './renderWithCore';

const sanne = makeParticipant(11, 'Sanne', 'de Wit');
const mark = makeParticipant(12, 'Mark', 'Jansen');
const workspace = makeWorkspace;

describe('the session header', () => {
  it('says clearly when only one partner attends, and whose session it is', () => {
    renderWithCore(<SessionHeader workspace={workspace([sanne])} />);
    expect(screen.getByText('Individuele sessie (Sanne)')).toBeVisible();
    expect(screen.getByText(/horen bij Sanne\. Ze komen niet in het rapport of de export voor de andere partner\./)).toBeVisible();
    expect(screen.queryByText('Gezamenlijke sessie')).toBeNull();
  });

  it('names a joint session and everyone present, with the time and length', () => {
    renderWithCore(<SessionHeader workspace={workspace([sanne, mark])} />);
    expect(screen.getByText('Gezamenlijke sessie')).toBeVisible();
    expect(screen.getByText('Sanne, Mark')).toBeVisible();
    expect(screen.getByText('14:00–14:50')).toBeVisible();
    expect(screen.getByText('(50 minuten)')).toBeVisible();
  });

  it('offers to start a planned session, to mark it cancelled or a no-show, or to reschedule it', () => {
    renderWithCore(<SessionHeader workspace={workspace([sanne, mark])} />);
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual([
      'Sessie starten',
      'Markeren als afgezegd',
      'Markeren als niet verschenen',
      'Verzetten',
    ]);
  });

  it('shows a started session as in progress, not yet held, and offers to mark it held by hand', () => {
    const started = workspace([sanne, mark]);
    started.session.startedAt = '2026-12-01T14:02:00.000Z';
    renderWithCore(<SessionHeader workspace={started} />);
    expect(screen.getByText('Bezig')).toBeVisible();
    expect(screen.queryByText('Gehouden')).toBeNull();
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual([
      'Markeren als gehouden',
      'Markeren als afgezegd',
      'Markeren als niet verschenen',
      'Verzetten',
    ]);
  });
});
