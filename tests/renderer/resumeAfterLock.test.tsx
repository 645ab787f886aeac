import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, type RefObject } from 'react';
import { describe, expect, it } from 'vitest';
import type { Result } from '../../shared/errors';
import { WithCore } from './renderWithCore';
import type { Invoke } from '../../renderer/src/api/transport';
import { AppShell } from '../../renderer/src/screens/shell/AppShell';
import type { Route } from '../../renderer/src/screens/shell/navigation';
import { routeToResume } from '../../renderer/src/screens/shell/resumeRoute';

// The screens' data does not matter here, only which screen is shown.
const quietCore = (async (method: string) => ({ ok: false, error: { code: 'INTERNAL', message: method } }) as Result<never>) as Invoke;

function openVault(resume: RefObject<Route>) {
  return render(
    <WithCore invoke={quietCore}>
      <AppShell resume={resume} />
    </WithCore>,
  );
}

function resumeAt(route: Route): RefObject<Route> {
  const resume = createRef<Route>() as RefObject<Route>;
  resume.current = route;
  return resume;
}

describe('coming back after a lock', () => {
  it('opens on the screen the practitioner was on before the vault locked', async () => {
    const resume = resumeAt({ screen: 'dashboard' });
    const first = openVault(resume);
    await userEvent.click(within(screen.getByRole('navigation', { name: 'Hoofdmenu' })).getByRole('button', { name: 'Vragenlijsten' }));
    first.unmount(); // the vault locks: the open screens go away

    openVault(resume);
    const menu = screen.getByRole('navigation', { name: 'Hoofdmenu' });
    expect(within(menu).getByRole('button', { name: 'Vragenlijsten' })).toHaveAttribute('aria-current', 'page');
    expect(within(menu).getByRole('button', { name: 'Dashboard' })).not.toHaveAttribute('aria-current');
  });

  it('remembers which session or trajectory was open, but no typed search text', () => {
    expect(routeToResume({ screen: 'session', id: 41 })).toEqual({ screen: 'session', id: 41 });
    expect(routeToResume({ screen: 'search', query: 'Sanne' })).toEqual({ screen: 'search' });
    const list = { query: 'de Vries', sort: 'name', showArchived: true, offset: 50 } as const;
    expect(routeToResume({ screen: 'client', id: 3, list })).toEqual({ screen: 'client', id: 3, list: { ...list, query: '' } });
    const trajectories = { query: 'schuld', status: 'active', kind: 'couple' } as const;
    expect(routeToResume({ screen: 'trajectory', id: 7, list: trajectories })).toEqual({
      screen: 'trajectory',
      id: 7,
      list: { ...trajectories, query: '' },
    });
  });
});
