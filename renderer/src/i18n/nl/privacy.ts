/** A client's own data (export, erasure), retention and the practice export, in Dutch. */
export const privacy = {
  clientData: {
    title: 'Gegevens van deze cliënt',
    intro:
      'Een cliënt mag zien wat je over hem of haar vastlegt en mag een kopie krijgen (AVG). Het JSON-bestand bevat alles wat over deze cliënt is opgeslagen; de PDF is een leesbare samenvatting. Privénotities en de eigen gegevens van andere deelnemers staan er niet in.',
    exportJson: 'Gegevens exporteren (JSON)',
    exportPdf: 'Samenvatting downloaden (PDF)',
    logbook: 'Wie opende dit dossier?',
    busy: 'Bestand wordt gemaakt…',
    downloaded: '{{fileName}} staat in je downloads.',
    eraseIntro: 'Wil de cliënt dat zijn of haar gegevens verdwijnen, of is de bewaartermijn voorbij? Dan kun je de cliënt wissen.',
  },
  erase: {
    open: 'Cliënt wissen…',
    title: '{{name}} wissen?',
    checking: 'Traject zoekt uit wat er gewist wordt…',
    scopeIntro: 'Dit wordt definitief gewist van {{name}}:',
    personal: 'de persoonsgegevens en contactgegevens',
    trajectoriesRemoved_one: '{{count}} traject, helemaal:',
    trajectoriesRemoved_other: '{{count}} trajecten, helemaal:',
    sessionsRemoved_one: '{{count}} sessie met notities, scores en vragenlijsten',
    sessionsRemoved_other: '{{count}} sessies met notities, scores en vragenlijsten',
    keptIntro_one: 'Dit traject blijft bestaan voor de andere deelnemers; alleen het eigen deel van deze cliënt wordt gewist:',
    keptIntro_other: 'Deze trajecten blijven bestaan voor de andere deelnemers; alleen het eigen deel van deze cliënt wordt gewist:',
    tombstone:
      'Er blijft alleen een aantekening over zonder persoonsgegevens: een nummer, de datum en de reden. Ook een oudere back-up brengt deze cliënt niet terug.',
    retentionTitle: 'De bewaartermijn is nog niet voorbij.',
    retentionText:
      'Het dossier moet volgens de WGBO bewaard blijven tot {{date}}. Wis het eerder alleen met een goede reden, zoals een verzoek van de cliënt, en kies die reden hieronder.',
    reason: 'Reden',
    reasonRequired: 'Kies een reden: de bewaartermijn is nog niet voorbij.',
    reasons: {
      client_request: 'Op verzoek van de cliënt',
      retention_passed: 'De bewaartermijn is voorbij',
      entered_by_mistake: 'Per vergissing ingevoerd',
      other: 'Een andere reden',
    },
    word: 'WISSEN',
    typeWord: 'Typ {{word}} om te bevestigen',
    typeWordError: 'Typ {{word}} om te bevestigen dat je deze cliënt wilt wissen.',
    submit: 'Definitief wissen',
    busy: 'Cliënt wordt gewist…',
    done: '{{name}} is gewist.',
  },
  retention: {
    title: 'Bewaartermijn verstreken',
    intro:
      'Volgens de WGBO bewaar je een dossier 20 jaar na de laatste wijziging. Hier staan de trajecten waarvan die termijn voorbij is. Traject wist nooit zelf iets: bekijk ze en beslis zelf.',
    loading: 'Trajecten worden geladen…',
    empty: 'Van geen enkel traject is de bewaartermijn verstreken.',
    columns: {
      trajectory: 'Traject',
      participants: 'Deelnemers',
      lastActivity: 'Laatste activiteit',
      retainUntil: 'Bewaren tot',
    },
    howToErase: 'Een cliënt wis je vanaf de pagina van die cliënt, met ‘Cliënt wissen…’.',
  },
  practiceExport: {
    title: 'Praktijk exporteren',
    intro:
      'Alle gegevens van je praktijk in één JSON-bestand, om te verhuizen naar een andere computer of een ander programma.',
    notEncrypted:
      'Dit bestand is niet versleuteld: iedereen die het heeft, kan alles lezen. Bewaar het niet in een gedeelde map en verwijder het als je klaar bent. Voor een veilige kopie maak je een back-up.',
    submit: 'Hele praktijk exporteren (JSON)',
    busy: 'Export wordt gemaakt…',
    confirmTitle: 'Onversleuteld bestand maken?',
    confirmText:
      'Het bestand bevat alle cliënten, notities en privénotities, leesbaar voor iedereen die het opent. Ga alleen door als je het meteen veilig verhuist.',
    confirm: 'Exporteren',
    downloaded: '{{fileName}} staat in je downloads. Verwijder het als de verhuizing klaar is.',
  },
};
