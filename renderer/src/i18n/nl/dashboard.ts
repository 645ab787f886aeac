/** The start page. */
export const dashboard = {
  greeting: {
    morning: 'Goedemorgen',
    afternoon: 'Goedemiddag',
    evening: 'Goedenavond',
  },
  todayIs: 'Het is {{date}}.',
  loading: 'Het overzicht wordt geladen…',
  activeClients_one: 'Je hebt {{count}} actieve cliënt.',
  activeClients_other: 'Je hebt {{count}} actieve cliënten.',
  noClients: 'Je hebt nog geen cliënten. Voeg je eerste cliënt toe om te beginnen.',
  newClient: 'Nieuwe cliënt',
  newTrajectory: 'Nieuw traject',
  privacy: 'Alles wat je hier vastlegt, blijft versleuteld op deze computer.',
  start: {
    title: 'Zo begin je',
    noTrajectories: 'Start een traject met ‘Nieuw traject’: voor één cliënt, een stel of een team. Daarna plan je de eerste sessie.',
  },
  owner: {
    all: 'Iedereen',
    practitioner: 'Jij',
  },
  sessionsToday: {
    title: 'Vandaag',
    empty: 'Vandaag staan er geen sessies gepland. Een sessie plan je vanuit het traject.',
    continue: 'Verder met de sessie',
    continueLabel: 'Verder met de sessie van {{time}}: {{title}}',
  },
  sessionsWeek: {
    title: 'Deze week ({{from}} – {{to}})',
    empty: 'Verder geen sessies deze week.',
  },
  agreements: {
    title: 'Afspraken om te bespreken',
    empty: 'Er zijn geen afspraken die nu besproken moeten worden.',
    more_one: 'En nog {{count}} afspraak; je ziet ze allemaal bij het traject.',
    more_other: 'En nog {{count}} afspraken; je ziet ze allemaal bij het traject.',
    reason: {
      due_date_passed: 'Te laat: uiterlijk {{date}}',
      next_session_passed: 'Had besproken moeten worden op {{date}}',
      due_this_week: 'Uiterlijk {{date}}',
      next_session_this_week: 'Te bespreken in de sessie van {{date}}',
    },
  },
  checkIns: {
    title: 'Check-in nodig',
    empty: 'Geen check-ins nodig. Stel bij een traject een check-in-interval in om hier op tijd een herinnering te zien.',
    every_one: 'Elke week',
    every_other: 'Elke {{count}} weken',
    lastHeld: 'laatste sessie {{date}}',
    neverHeld: 'nog geen sessie gehouden',
    dueSince: 'Check-in nodig sinds {{date}}',
    planned: 'Gepland: {{when}}',
  },
  recent: {
    title: 'Recent gewijzigd',
    empty: 'Nog geen trajecten. Een traject start je bij Trajecten: voor één cliënt, een stel of een team.',
    changed: 'Gewijzigd op {{date}}',
  },
};
