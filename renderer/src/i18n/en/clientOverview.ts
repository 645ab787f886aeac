import type { clientOverview as nl } from '../nl/clientOverview';

/** The client page's overview, in English. */
export const clientOverview: typeof nl = {
  title: 'Overview',
  loading: 'Loading the overview…',
  status: 'Status',
  trajectories: 'Programmes',
  noTrajectories: 'This client is not in a programme yet. Start one from Programmes.',
  role: '{{role}} · {{status}}',
  left: 'no longer taking part in this programme',
  next: 'Coming sessions',
  noNext: 'Nothing planned.',
  past: 'Earlier sessions',
  noPast: 'No earlier sessions yet.',
  agreements: 'Open agreements',
  noAgreements: 'No open agreements.',
  scores: 'Latest questionnaire scores',
  noScores: 'No questionnaires filled in yet.',
  score: '{{title}}: {{score}}',
  scoreNone: '{{title}}: no score (too many items left open)',
  scoreWhen: '{{date}} · {{trajectory}}',
  openSession: 'Open the session on {{when}}',
};
