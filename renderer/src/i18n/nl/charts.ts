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
    title: 'Nakomingspercentage per sessie',
    axis: 'Nagekomen, alles tot en met die sessie bij elkaar',
    overall: 'Alle afspraken',
    line_one: '{{owner}}: {{count}} afspraak besproken, {{rate}} nagekomen',
    line_other: '{{owner}}: {{count}} afspraken besproken, {{rate}} nagekomen',
    noneReviewed: '{{owner}}: nog geen afspraken besproken',
    partlyHalf:
      'Deels nagekomen telt voor de helft. Bijgestelde en vervallen afspraken tellen niet mee: die zeggen niets over je woord houden.',
    empty: 'Nog geen afspraken besproken. Het nakomingspercentage verschijnt zodra een afspraak in een sessie is besproken.',
  },
};
