/** Words in and around the charts. */
export const charts = {
  baseline: 'Beginmeting',
  target: 'Streefwaarde',
  legend: 'Legenda',
  date: 'Datum',
  showTable: 'Toon de cijfers als tabel',
  tableFollows: 'De cijfers van deze grafiek staan ook in een tabel, direct onder de grafiek.',
  noData: 'Nog niets om te tonen.',
  noValue: '–',
  noValueSpoken: 'geen waarde',
  valueInBand: '{{value}} ({{band}})',
  keptRate: {
    title: 'Nakomingspercentage over tijd',
    axis: 'Nagekomen, opgeteld tot en met elke sessie',
    overall: 'Alle afspraken',
    line_one: '{{owner}}: {{rate}} nagekomen van {{count}} besproken afspraak',
    line_other: '{{owner}}: {{rate}} nagekomen van {{count}} besproken afspraken',
    noneReviewed: '{{owner}}: nog geen afspraken besproken',
    partlyHalf:
      'Deels nagekomen telt voor de helft. Bijgestelde en vervallen afspraken tellen niet mee: die zeggen niets over woord houden.',
    empty: 'Nog geen afspraken besproken. Het nakomingspercentage verschijnt zodra een afspraak in een sessie is besproken.',
  },
};
