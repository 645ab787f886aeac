import type { QuestionnaireDefinitionInput } from '../definition';

/** Edmondson's team psychological safety, scoring only: the item text is copyrighted. */
export const teamPsychologicalSafety: QuestionnaireDefinitionInput = {
  key: 'team-psychological-safety',
  version: 1,
  title: { nl: 'Psychologische veiligheid in het team (Edmondson)', en: 'Team psychological safety (Edmondson)' },
  instructions: {
    nl: 'Geef bij elke uitspraak over uw team aan hoe juist die is.',
    en: 'For each statement about your team, indicate how accurate it is.',
  },
  textLicensed: false,
  source: {
    nl: 'Edmondson, A. (1999). Psychological safety and learning behavior in work teams. Administrative Science Quarterly, 44(2), 350–383. De vraagteksten zijn auteursrechtelijk beschermd en worden niet meegeleverd: voer ze in vanuit je eigen exemplaar, of voer alleen de scores in. Items 1, 3 en 5 worden omgekeerd gescoord; de score is het gemiddelde. Er zijn geen gepubliceerde normen, dus geen scorecategorieën.',
    en: 'Edmondson, A. (1999). Psychological safety and learning behavior in work teams. Administrative Science Quarterly, 44(2), 350–383. The item text is copyrighted and not included: enter it from your own copy, or enter the scores only. Items 1, 3 and 5 are reverse keyed; the score is the mean. There are no published norms, so no score bands.',
  },
  scale: {
    min: 1,
    max: 7,
    labels: [
      { value: 1, label: { nl: 'Zeer onjuist', en: 'Very inaccurate' } },
      { value: 2, label: { nl: 'Onjuist', en: 'Inaccurate' } },
      { value: 3, label: { nl: 'Enigszins onjuist', en: 'Somewhat inaccurate' } },
      { value: 4, label: { nl: 'Neutraal', en: 'Neutral' } },
      { value: 5, label: { nl: 'Enigszins juist', en: 'Somewhat accurate' } },
      { value: 6, label: { nl: 'Juist', en: 'Accurate' } },
      { value: 7, label: { nl: 'Zeer juist', en: 'Very accurate' } },
    ],
  },
  items: [
    { id: 'q1', reverseKeyed: true },
    { id: 'q2' },
    { id: 'q3', reverseKeyed: true },
    { id: 'q4' },
    { id: 'q5', reverseKeyed: true },
    { id: 'q6' },
    { id: 'q7' },
  ],
  scoring: { method: 'mean', maxMissing: 1 },
};
