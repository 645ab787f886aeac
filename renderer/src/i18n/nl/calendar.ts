/** The calendar (agenda), in Dutch. */
export const calendar = {
  title: 'Agenda',
  views: 'Weergave',
  day: 'Dag',
  week: 'Week',
  previous: { day: 'Vorige dag', week: 'Vorige week' },
  next: { day: 'Volgende dag', week: 'Volgende week' },
  today: 'Vandaag',
  keys: 'Pijltjes links en rechts gaan een dag of week verder; T gaat naar vandaag.',
  loading: 'Agenda wordt geladen…',
  nothing: 'Niets gepland',
  emptyWeek: 'Deze week staat er niets in de agenda. Plan een sessie vanuit een traject.',
  emptyDay: 'Op deze dag staat er niets in de agenda.',
  open: 'Openen',
  openLabel: 'Sessie {{when}} van {{title}} openen',
  moveLabel: 'Sessie {{when}} van {{title}} verzetten',
  series: 'Reeks',
  export: {
    open: 'Agenda exporteren',
    title: 'Agenda exporteren',
    intro:
      'Traject maakt een agendabestand (.ics) met je geplande sessies vanaf vandaag. Open het in je agenda-app; een nieuwe export werkt dezelfde afspraken bij.',
    withNames: 'Met namen',
    withNamesHint: 'Zonder namen heet elke afspraak ‘Traject-sessie’.',
    warning:
      'Let op: agenda’s worden vaak gesynchroniseerd met servers van anderen (Google, Apple, Microsoft). Met namen komen de namen van je cliënten en de titels van trajecten daar terecht.',
    submit: 'Exporteren',
    done_one: '{{count}} sessie geëxporteerd naar {{file}}.',
    done_other: '{{count}} sessies geëxporteerd naar {{file}}.',
  },
};
