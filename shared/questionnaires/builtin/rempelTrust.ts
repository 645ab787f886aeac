import type { QuestionnaireDefinitionInput } from '../definition';

const agreement = [
  { value: 1, label: { nl: 'Helemaal mee oneens', en: 'Strongly disagree' } },
  { value: 2, label: { nl: 'Tamelijk mee oneens', en: 'Moderately disagree' } },
  { value: 3, label: { nl: 'Een beetje mee oneens', en: 'Mildly disagree' } },
  { value: 4, label: { nl: 'Neutraal', en: 'Neutral' } },
  { value: 5, label: { nl: 'Een beetje mee eens', en: 'Mildly agree' } },
  { value: 6, label: { nl: 'Tamelijk mee eens', en: 'Moderately agree' } },
  { value: 7, label: { nl: 'Helemaal mee eens', en: 'Strongly agree' } },
];

const item = (n: number, subscale: string, reverseKeyed = false) => ({ id: `q${n}`, subscale, reverseKeyed });

/**
 * Rempel, Holmes & Zanna's Trust Scale, scoring only: the item text is copyrighted.
 * Item order and keying follow the widely used rendition of the 1985 paper's Table 1, grouped by
 * subscale (1–5 dependability, 6–12 faith, 13–17 predictability; 13, 14, 15 and 17 reverse keyed;
 * item 15 moved from dependability to predictability as the paper explains on p. 105).
 * Copies of the scale circulate in other orders: we are not certain every copy matches, so the
 * source note tells the practitioner to check, and a copy of this questionnaire can change the keys.
 */
export const rempelTrust: QuestionnaireDefinitionInput = {
  key: 'rempel-trust',
  version: 1,
  title: { nl: 'Vertrouwensschaal (Rempel, Holmes & Zanna)', en: 'Trust Scale (Rempel, Holmes & Zanna)' },
  instructions: {
    nl: 'Geef bij elke uitspraak over uw partner aan in hoeverre u het ermee eens bent.',
    en: 'For each statement about your partner, indicate how much you agree.',
  },
  textLicensed: false,
  source: {
    nl: 'Rempel, J.K., Holmes, J.G. & Zanna, M.P. (1985). Trust in close relationships. Journal of Personality and Social Psychology, 49(1), 95–112. De vraagteksten zijn auteursrechtelijk beschermd en worden niet meegeleverd: voer ze in vanuit je eigen exemplaar, of voer alleen de scores in. Volgorde: 1–5 betrouwbaarheid, 6–12 geloof, 13–17 voorspelbaarheid; 13, 14, 15 en 17 worden omgekeerd gescoord. Controleer dit met je eigen exemplaar; wijkt het af, maak dan een kopie en pas de omgekeerde items aan. Het origineel gebruikt −3 tot +3; hier 1 tot 7 in dezelfde volgorde.',
    en: 'Rempel, J.K., Holmes, J.G. & Zanna, M.P. (1985). Trust in close relationships. Journal of Personality and Social Psychology, 49(1), 95–112. The item text is copyrighted and not included: enter it from your own copy, or enter the scores only. Order: 1–5 dependability, 6–12 faith, 13–17 predictability; 13, 14, 15 and 17 are reverse keyed. Check this against your copy; if it differs, make a copy and change the reverse-keyed items. The original runs from −3 to +3; here 1 to 7 in the same order.',
  },
  scale: { min: 1, max: 7, labels: agreement },
  items: [
    item(1, 'dependability'),
    item(2, 'dependability'),
    item(3, 'dependability'),
    item(4, 'dependability'),
    item(5, 'dependability'),
    item(6, 'faith'),
    item(7, 'faith'),
    item(8, 'faith'),
    item(9, 'faith'),
    item(10, 'faith'),
    item(11, 'faith'),
    item(12, 'faith'),
    item(13, 'predictability', true),
    item(14, 'predictability', true),
    item(15, 'predictability', true),
    item(16, 'predictability'),
    item(17, 'predictability', true),
  ],
  scoring: {
    method: 'mean',
    maxMissing: 2,
    subscales: [
      { key: 'predictability', title: { nl: 'Voorspelbaarheid', en: 'Predictability' }, maxMissing: 1 },
      { key: 'dependability', title: { nl: 'Betrouwbaarheid', en: 'Dependability' }, maxMissing: 1 },
      { key: 'faith', title: { nl: 'Geloof in de relatie', en: 'Faith' }, maxMissing: 1 },
    ],
  },
};
