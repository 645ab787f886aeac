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
    title: 'Kept rate over time',
    axis: 'Kept, counted up to and including each session',
    overall: 'All agreements',
    line_one: '{{owner}}: {{rate}} kept of {{count}} reviewed agreement',
    line_other: '{{owner}}: {{rate}} kept of {{count}} reviewed agreements',
    noneReviewed: '{{owner}}: no agreements reviewed yet',
    partlyHalf:
      'Partly kept counts for half. Renegotiated and dropped agreements do not count: they say nothing about keeping one’s word.',
    empty: 'No agreements reviewed yet. The kept rate appears once an agreement has been reviewed in a session.',
  },
};
