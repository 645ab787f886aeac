import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Dashboard } from '../../shared/contract';
import { DashboardScreen } from '../../renderer/src/screens/dashboard/DashboardScreen';
import { NavigationContext } from '../../renderer/src/screens/shell/navigation';
import { makeDashboard } from './factories';
import { ok } from './fakeCore';
import { renderWithCore } from './renderWithCore';

function renderDashboard(dashboard: Dashboard, clients = 2, opened: unknown[] = []) {
  renderWithCore(
    <NavigationContext value={(route) => opened.push(route)}>
      <DashboardScreen />
    </NavigationContext>,
    {
      'dashboard.get': () => ok(dashboard),
      'clients.list': () => ok({ items: [], total: clients }),
    },
  );
}

const session = {
  id: 3,
  trajectoryId: 1,
  trajectoryTitle: 'Sanne en Mark',
  trajectoryKind: 'couple' as const,
  startsAt: '2026-11-27T16:30',
  durationMinutes: 90,
  kind: 'regular' as const,
  status: 'planned' as const,
  startedAt: null,
  attendeeNames: ['Sanne de Wit'],
};

describe('the dashboard', () => {
  it('says what to do next in every empty block', async () => {
    renderDashboard(makeDashboard());
    expect(await screen.findByText(/Vandaag staan er geen sessies gepland/)).toBeInTheDocument();
    expect(screen.getByText('Verder geen sessies deze week.')).toBeInTheDocument();
    expect(screen.getByText(/Geen check-ins nodig. Stel bij een traject een check-in-interval in/)).toBeInTheDocument();
    expect(screen.getByText(/Je hebt 2 actieve cliënten. Start een traject/)).toBeInTheDocument();
  });

  it('sends a practice without clients to add its first client', async () => {
    renderDashboard(makeDashboard(), 0);
    expect(await screen.findByText('Je hebt nog geen cliënten. Voeg je eerste cliënt toe om te beginnen.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Nieuwe cliënt' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Nieuw traject' })).toBeNull();
  });

  it('shows today’s individual session with whose it is, and an overdue agreement with a warning in words', async () => {
    renderDashboard(
      makeDashboard({
        sessionsToday: [session],
        sessionsThisWeek: [session],
        agreementsDue: {
          total: 1,
          items: [
            {
              id: 5,
              trajectoryId: 1,
              trajectoryTitle: 'Sanne en Mark',
              text: 'Wekelijks samen het bankoverzicht doornemen',
              owner: { kind: 'participant', participantId: 2 },
              ownerName: 'Mark Jansen',
              due: { kind: 'date', date: '2026-11-25' },
              madeOn: '2026-11-13',
              reason: 'due_date_passed',
              dueOn: '2026-11-25',
            },
          ],
        },
      }),
    );
    const today = await screen.findByRole('region', { name: 'Vandaag' });
    expect(within(today).getByRole('button', { name: /16:30–18:00\s*Sanne en Mark/ })).toBeInTheDocument();
    expect(within(today).getByText('Sessie · Individuele sessie (Sanne)')).toBeInTheDocument();
    const agreements = screen.getByRole('region', { name: 'Afspraken om te bespreken' });
    expect(within(agreements).getByText(/^Te laat: uiterlijk wo 25 nov/)).toBeInTheDocument();
    expect(within(agreements).getByText('Mark Jansen · Sanne en Mark')).toBeInTheDocument();
  });

  it('shows a session that was started as in progress, with its word and a way to go on with it', async () => {
    const started = { ...session, id: 4, startsAt: '2026-11-27T10:00', attendeeNames: ['Sanne de Wit', 'Mark Jansen'], startedAt: '2026-11-27T09:58:12.000Z' };
    const opened: unknown[] = [];
    renderDashboard(makeDashboard({ sessionsToday: [started, session], sessionsThisWeek: [started, session] }), 2, opened);
    const today = await screen.findByRole('region', { name: 'Vandaag' });
    const [inProgress, planned] = within(today).getAllByRole('listitem');
    expect(within(inProgress!).getByText('Bezig')).toBeInTheDocument();
    expect(within(planned!).queryByText('Bezig')).toBeNull();
    expect(within(planned!).queryByRole('button', { name: /^Verder met de sessie/ })).toBeNull();
    await userEvent.setup().click(within(inProgress!).getByRole('button', { name: 'Verder met de sessie van 10:00–11:30: Sanne en Mark' }));
    expect(opened).toEqual([{ screen: 'session', id: 4 }]);
  });
});
