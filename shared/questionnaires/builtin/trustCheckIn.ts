import type { QuestionnaireDefinitionInput, ResponseScale } from '../definition';

/** 0 (not at all) to 10 (completely): how well a statement fits, for our own check-ins. */
export const howWellItFits: ResponseScale = {
  min: 0,
  max: 10,
  labels: [
    { value: 0, label: { nl: 'Helemaal niet', en: 'Not at all' } },
    { value: 5, label: { nl: 'Deels', en: 'Partly' } },
    { value: 10, label: { nl: 'Helemaal', en: 'Completely' } },
  ],
};

/**
 * Our own short check-in: one statement per trust factor, so each factor can be charted on its
 * own (a one-item subscale) next to the overall mean.
 */
export const trustCheckIn: QuestionnaireDefinitionInput = {
  key: 'trust-check-in',
  version: 1,
  title: { nl: 'Vertrouwenscheck-in', en: 'Trust check-in' },
  instructions: {
    nl: 'Denk aan de periode sinds de vorige sessie. Geef bij elke uitspraak aan hoe goed die past, van 0 (helemaal niet) tot 10 (helemaal).',
    en: 'Think of the time since the last session. For each statement, say how well it fits, from 0 (not at all) to 10 (completely).',
  },
  textLicensed: true,
  source: {
    nl: 'Eigen vragenlijst van Traject, vrij te gebruiken. Geen genormeerd instrument: de indeling in scorecategorieën is een hulpmiddel voor het gesprek, geen diagnose.',
    en: 'Traject’s own questionnaire, free to use. Not a normed instrument: the bands help the conversation, they are not a diagnosis.',
  },
  scale: howWellItFits,
  items: [
    {
      id: 'q1',
      subscale: 'consistency',
      text: { nl: 'Wat er wordt afgesproken, gebeurt ook: woorden en daden komen overeen.', en: 'What is agreed actually happens: words and actions match.' },
    },
    {
      id: 'q2',
      subscale: 'open_communication',
      text: { nl: 'Ik kan zeggen wat me bezighoudt, ook als dat lastig is.', en: 'I can say what is on my mind, even when that is difficult.' },
    },
    {
      id: 'q3',
      subscale: 'responsibility',
      text: { nl: 'Als er iets misgaat, wordt dat erkend in plaats van weggepraat.', en: 'When something goes wrong, it is owned rather than explained away.' },
    },
    {
      id: 'q4',
      subscale: 'transparency',
      text: { nl: 'Ik heb het gevoel dat er niets belangrijks voor me verborgen wordt gehouden.', en: 'I feel that nothing important is being kept from me.' },
    },
    {
      id: 'q5',
      subscale: 'emotional_safety',
      text: { nl: 'Ik voel me veilig genoeg om te laten zien hoe ik me voel.', en: 'I feel safe enough to show how I feel.' },
    },
  ],
  scoring: {
    method: 'mean',
    // With one factor open the other four still say enough; with two open they do not.
    maxMissing: 1,
    bands: [
      { from: 0, to: 3.99, label: { nl: 'Weinig vertrouwen', en: 'Little trust' }, severity: 'severe' },
      { from: 4, to: 6.99, label: { nl: 'Wankel vertrouwen', en: 'Fragile trust' }, severity: 'moderate' },
      { from: 7, to: 10, label: { nl: 'Stevig vertrouwen', en: 'Solid trust' }, severity: 'none' },
    ],
    subscales: [
      { key: 'consistency', title: { nl: 'Consistent gedrag', en: 'Consistency' } },
      { key: 'open_communication', title: { nl: 'Open communicatie', en: 'Open communication' } },
      { key: 'responsibility', title: { nl: 'Verantwoordelijkheid nemen', en: 'Taking responsibility' } },
      { key: 'transparency', title: { nl: 'Transparantie', en: 'Transparency' } },
      { key: 'emotional_safety', title: { nl: 'Emotionele veiligheid', en: 'Emotional safety' } },
    ],
  },
};
