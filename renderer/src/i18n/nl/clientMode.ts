/**
 * Client mode (invulmodus): the practitioner hands the device to a client for one questionnaire.
 * `client` is what the client reads, at B1, in "je" or, with the `_u` keys, in "u".
 */
export const clientModeNl = {
  start: 'Laat de cliënt invullen',
  dialog: {
    description: 'Daarna toont het scherm alleen deze vragenlijst, groot en in de taal van de deelnemer. Je komt terug met je wachtwoordzin.',
    questionnaire: 'Vragenlijst',
    questionnaireHint: 'Alleen vragenlijsten die bij dit soort traject passen en waarvan elke vraag een tekst heeft.',
    participant: 'Wie vult in',
    none: 'Er is hier geen vragenlijst die een cliënt zelf kan invullen. Voer eerst de vraagteksten in onder Vragenlijsten.',
    submit: 'Invulmodus starten',
    saving: 'Invulmodus wordt gestart…',
    refused: {
      questionnaire_does_not_fit: 'Deze vragenlijst past niet bij dit soort traject.',
      items_without_text: 'Niet elke vraag van deze vragenlijst heeft een tekst. Voer de vraagteksten eerst in onder Vragenlijsten.',
      not_an_attendee: 'Deze deelnemer is niet bij deze sessie. Kies iemand die erbij is.',
      session_not_held: 'In een afgezegde of niet verschenen sessie vult niemand iets in.',
    },
  },
  leave: {
    open: 'Invulmodus verlaten',
    title: 'Invulmodus verlaten',
    intro: 'Vul de wachtwoordzin van de kluis in om terug te gaan naar Traject.',
    submit: 'Verlaten',
    busy: 'Wachtwoordzin wordt gecontroleerd…',
    back: 'Terug naar de vragenlijst',
    useRecoveryKey: 'Herstelsleutel gebruiken',
    usePassphrase: 'Wachtwoordzin gebruiken',
    stillOn: 'De invulmodus blijft aan.',
  },
  left: 'Invulmodus verlaten. De antwoorden van {{name}} op {{title}} zijn opgeslagen.',
  leftWithoutAnswers: 'Invulmodus verlaten. {{name}} heeft niets ingevuld.',
  leftAfterReload: 'Invulmodus verlaten.',
  client: {
    label: 'Invulmodus',
    hello: 'Hallo {{name}}',
    hello_u: 'Beste {{name}}',
    intro: 'Vul de vragen in. Je mag een vraag overslaan. Klaar? Klik dan onderaan op ‘Antwoorden opslaan’.',
    intro_u: 'Vul de vragen in. U mag een vraag overslaan. Klaar? Klik dan onderaan op ‘Antwoorden opslaan’.',
    noAnswers: 'Beantwoord minstens één vraag.',
    failed: 'Het opslaan is niet gelukt. Probeer het nog een keer.',
    thanks: 'Dank je wel, {{name}}',
    thanks_u: 'Dank u wel, {{name}}',
    stored: 'Je antwoorden zijn opgeslagen. Geef de computer nu terug.',
    stored_u: 'Uw antwoorden zijn opgeslagen. Geef de computer nu terug.',
    loading: 'De vragenlijst wordt geladen…',
  },
};
