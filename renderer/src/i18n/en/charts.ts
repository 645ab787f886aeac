import type { charts as nl } from '../nl/charts';

/** Words in and around the charts. */
export const charts: typeof nl = {
  baseline: 'Baseline',
  target: 'Target',
  legend: 'Legend',
  date: 'Date',
  showTable: 'Show the numbers as a table',
  tableFollows: 'The numbers of this chart are also in a table, right below the chart.',
  noData: 'Nothing to show yet.',
  noValue: '–',
  noValueSpoken: 'no value',
  valueInBand: '{{value}} ({{band}})',
  keptRate: {
    title: 'Follow-through rate per session',
    axis: 'Kept, everything up to and including that session',
    overall: 'All agreements',
    line_one: '{{owner}}: {{count}} agreement reviewed, {{rate}} kept',
    line_other: '{{owner}}: {{count}} agreements reviewed, {{rate}} kept',
    noneReviewed: '{{owner}}: no agreements reviewed yet',
    partlyHalf:
      'Partly kept counts for half. Renegotiated and dropped agreements do not count: they say nothing about keeping one’s word.',
    empty: 'No agreements reviewed yet. The follow-through rate appears once an agreement has been reviewed in a session.',
  },
};
