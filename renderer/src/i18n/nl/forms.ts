/** Clients taking part: group figures, sealed forms, answer files, client mode; in Dutch. */
export const formsNl = {
  group: {
    title: '{{title}}: groepscijfers',
    intro: 'Het team vult deze vragenlijst anoniem in. Je ziet wie heeft geantwoord, niet wat; cijfers alleen bij minstens {{threshold}} antwoorden.',
    caption: 'Groepscijfers per ronde',
    date: 'Datum',
    answered: 'Antwoorden',
    mean: 'Gemiddelde',
    spread: 'Spreiding',
    range: 'Laagste–hoogste',
    change: 'Verandering',
    tooFew: 'Te weinig antwoorden',
    who: 'Ingevuld door: {{names}}',
    onlyGroup: 'Anoniem: alleen in groepscijfers',
    storedAnonymously: 'De antwoorden van {{name}} zijn anoniem opgeslagen. Ze tellen mee in de groepscijfers van het team.',
  },
};
