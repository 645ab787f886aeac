import type { dashboard as nl } from '../nl/dashboard';

/** The start page. */
export const dashboard: typeof nl = {
  greeting: {
    morning: 'Good morning',
    afternoon: 'Good afternoon',
    evening: 'Good evening',
  },
  todayIs: 'It is {{date}}.',
  loading: 'Loading the overview…',
  activeClients_one: 'You have {{count}} active client.',
  activeClients_other: 'You have {{count}} active clients.',
  noClients: 'You have no clients yet. Add your first client to begin.',
  newClient: 'New client',
  newTrajectory: 'New programme',
  privacy: 'Everything you record here stays encrypted on this computer.',
  start: {
    title: 'How to begin',
    noTrajectories: 'Start a programme with ‘New programme’: for one client, a couple or a team. Then plan the first session.',
  },
  owner: {
    all: 'Everyone',
    practitioner: 'You',
  },
  sessionsToday: {
    title: 'Today',
    empty: 'No sessions are planned for today. Sessions are planned from their programme.',
    continue: 'Continue the session',
    continueLabel: 'Continue the session at {{time}}: {{title}}',
  },
  sessionsWeek: {
    title: 'This week ({{from}} – {{to}})',
    empty: 'No other sessions this week.',
  },
  agreements: {
    title: 'Agreements to review',
    empty: 'No agreements need reviewing right now.',
    more_one: 'And {{count}} more agreement; the programme shows them all.',
    more_other: 'And {{count}} more agreements; the programme shows them all.',
    reason: {
      due_date_passed: 'Overdue: due by {{date}}',
      next_session_passed: 'Should have been reviewed on {{date}}',
      due_this_week: 'Due by {{date}}',
      next_session_this_week: 'To be reviewed in the session on {{date}}',
    },
  },
  checkIns: {
    title: 'Check-in due',
    empty: 'No check-ins due. Set a check-in interval on a programme to be reminded here in time.',
    every_one: 'Every week',
    every_other: 'Every {{count}} weeks',
    lastHeld: 'last session {{date}}',
    neverHeld: 'no session held yet',
    dueSince: 'Check-in due since {{date}}',
    planned: 'Planned: {{when}}',
  },
  recent: {
    title: 'Recently changed',
    empty: 'No programmes yet. Start one under Programmes: for one client, a couple or a team.',
    changed: 'Changed on {{date}}',
  },
};
