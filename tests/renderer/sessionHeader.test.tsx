import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Participant, Session, SessionWorkspace } from '../../shared/contract';
import { SessionHeader } from '../../renderer/src/screens/sessions/SessionHeader';

function participant(id: number, firstName: string, lastName: string): Participant {
  return {
    id,
    trajectoryId: 1,
    clientId: id,
    role: 'partner',
    firstName,
    lastName,
    preferredName: '',
    displayName: `${firstName} ${lastName}`,
    joinedAt: '2026-10-01T10:00:00.000Z',
    removedAt: null,
  };
}

const sanne = participant(11, 'Sanne', 'de Wit');
const mark = participant(12, 'Mark', 'Jansen');

function workspace(attendees: Participant[], status: Session['status'] = 'planned'): SessionWorkspace {
  const session: Session = {
    id: 41,
    trajectoryId: 1,
    startsAt: '2026-12-01T14:00',
    durationMinutes: 50,
    kind: 'regular',
    status,
    attendeeIds: attendees.map((p) => p.id),
    individualFor: attendees.length === 1 ? attendees[0]!.id : null,
    finalisedAt: null,
    startedAt: null,
    seriesId: null,
    hasNotes: false,
    createdAt: '2026-11-20T10:00:00.000Z',
    updatedAt: '2026-11-20T10:00:00.000Z',
  };
  return {
    session,
    trajectory: { id: 1, kind: 'couple', title: 'Sanne en Mark', status: 'active' },
    attendees,
    audience: session.individualFor ? { kind: 'participant', participantId: session.individualFor } : { kind: 'joint' },
    agreementsToReview: [],
    selfReports: [],
    agreementsMade: [],
    goals: [],
    notes: { sessionId: 41, templateKey: 'regular', summary: '', privateNotes: '', finalisedAt: null, version: 0, updatedAt: null, emptyHeadings: { summary: [], privateNotes: [] } },
    template: { key: 'regular', name: 'Reguliere sessie', description: '', sections: [], skeleton: { summary: '', privateNotes: '' } },
  };
}

describe('the session header', () => {
  it('says clearly when only one partner attends, and whose session it is', () => {
    render(<SessionHeader workspace={workspace([sanne])} onStatusChanged={() => undefined} />);
    expect(screen.getByText('Individuele sessie (Sanne)')).toBeVisible();
    expect(screen.getByText(/horen bij Sanne\. Ze komen niet in het rapport of de export voor de andere partner\./)).toBeVisible();
    expect(screen.queryByText('Gezamenlijke sessie')).toBeNull();
  });

  it('names a joint session and everyone present, with the time and length', () => {
    render(<SessionHeader workspace={workspace([sanne, mark])} onStatusChanged={() => undefined} />);
    expect(screen.getByText('Gezamenlijke sessie')).toBeVisible();
    expect(screen.getByText('Sanne, Mark')).toBeVisible();
    expect(screen.getByText('14:00–14:50')).toBeVisible();
    expect(screen.getByText('(50 minuten)')).toBeVisible();
  });

  it('offers to start a planned session, to mark it cancelled or a no-show, or to reschedule it', () => {
    render(<SessionHeader workspace={workspace([sanne, mark])} onStatusChanged={() => undefined} />);
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
    render(<SessionHeader workspace={started} onStatusChanged={() => undefined} />);
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
