import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Dashboard, InputOf, MethodName } from '../../shared/contract';
import type { Result } from '../../shared/errors';
import { ApiProvider } from '../../renderer/src/api/ApiContext';
import type { Invoke } from '../../renderer/src/api/transport';
import { DashboardScreen } from '../../renderer/src/screens/dashboard/DashboardScreen';

function makeDashboard(overrides: Partial<Dashboard> = {}): Dashboard {
  return {
    today: '2026-11-27',
    weekStart: '2026-11-23',
    weekEnd: '2026-11-29',
    sessionsToday: [],
    sessionsThisWeek: [],
    agreementsDue: { items: [], total: 0 },
    checkInsDue: [],
    recentlyChanged: [],
    ...overrides,
  };
}

function renderDashboard(dashboard: Dashboard, clients = 2) {
  const invoke: Invoke = async <M extends MethodName>(method: M, _input: InputOf<M>) => {
    if (method === 'dashboard.get') return { ok: true, value: dashboard } as Result<never>;
    if (method === 'clients.list') return { ok: true, value: { items: [], total: clients } } as Result<never>;
    return { ok: false, error: { code: 'INTERNAL', message: method } } as Result<never>;
  };
  render(
    <ApiProvider invoke={invoke}>
      <DashboardScreen />
    </ApiProvider>,
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
});
