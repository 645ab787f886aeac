import type { LocalizedText, QuestionnaireDefinitionInput } from '../definition';

/*
 * Our own 360 questionnaire on trust: three statements per trust factor (integrity, ability,
 * benevolence, openness), phrased about "deze persoon" so a form never needs more than the first
 * name in its heading. The person themselves answers the same items in the first person
 * (`trust360SelfTexts`), so self and others are scored on the same items and the same scale.
 */

const scaleLabels = [
  { value: 1, label: { nl: 'Helemaal oneens', en: 'Strongly disagree' } },
  { value: 2, label: { nl: 'Oneens', en: 'Disagree' } },
  { value: 3, label: { nl: 'Neutraal', en: 'Neutral' } },
  { value: 4, label: { nl: 'Eens', en: 'Agree' } },
  { value: 5, label: { nl: 'Helemaal eens', en: 'Strongly agree' } },
];

export const trust360Key = 'trust-360';

export const trust360: QuestionnaireDefinitionInput = {
  key: trust360Key,
  version: 1,
  title: { nl: '360 vertrouwen', en: '360 trust' },
  instructions: {
    nl: 'Denk aan de afgelopen maanden. Geef bij elke uitspraak aan hoe goed die past, van 1 (helemaal oneens) tot 5 (helemaal eens).',
    en: 'Think of the past few months. For each statement, say how well it fits, from 1 (strongly disagree) to 5 (strongly agree).',
  },
  textLicensed: true,
  source: {
    nl: 'Eigen vragenlijst van Traject, vrij te gebruiken, naar de vier kanten van vertrouwen: betrouwbaarheid, bekwaamheid, welwillendheid en openheid. Geen genormeerd instrument: de uitkomst is een begin van het gesprek.',
    en: 'Traject’s own questionnaire, free to use, after the four sides of trust: integrity, ability, benevolence and openness. Not a normed instrument: the outcome starts a conversation.',
  },
  scale: { min: 1, max: 5, labels: scaleLabels },
  items: [
    { id: 'i1', subscale: 'integrity', text: { nl: 'Deze persoon doet wat hij of zij heeft toegezegd.', en: 'This person does what they said they would do.' } },
    { id: 'i2', subscale: 'integrity', text: { nl: 'Deze persoon is eerlijk, ook als dat lastig is.', en: 'This person is honest, even when that is difficult.' } },
    { id: 'i3', subscale: 'integrity', text: { nl: 'Deze persoon handelt naar de waarden die hij of zij uitspreekt.', en: 'This person acts on the values they speak of.' } },
    { id: 'a1', subscale: 'ability', text: { nl: 'Deze persoon kent het eigen vak goed.', en: 'This person knows their work well.' } },
    { id: 'a2', subscale: 'ability', text: { nl: 'Ik kan erop rekenen dat deze persoon goed werk levert.', en: 'I can count on this person to do good work.' } },
    { id: 'a3', subscale: 'ability', text: { nl: 'Deze persoon neemt verstandige beslissingen.', en: 'This person makes sound decisions.' } },
    { id: 'b1', subscale: 'benevolence', text: { nl: 'Deze persoon heeft oog voor wat anderen nodig hebben.', en: 'This person pays attention to what others need.' } },
    { id: 'b2', subscale: 'benevolence', text: { nl: 'Deze persoon komt op voor anderen, ook als het hem of haar zelf niets oplevert.', en: 'This person stands up for others, even when there is nothing in it for them.' } },
    { id: 'b3', subscale: 'benevolence', text: { nl: 'Ik merk dat deze persoon het goed met mij voorheeft.', en: 'I notice that this person means well towards me.' } },
    { id: 'o1', subscale: 'openness', text: { nl: 'Deze persoon deelt informatie die anderen nodig hebben.', en: 'This person shares information that others need.' } },
    { id: 'o2', subscale: 'openness', text: { nl: 'Deze persoon staat open voor kritiek en andere meningen.', en: 'This person is open to criticism and other views.' } },
    { id: 'o3', subscale: 'openness', text: { nl: 'Deze persoon zegt het eerlijk als hij of zij iets niet weet.', en: 'This person says so honestly when they do not know something.' } },
  ],
  scoring: {
    method: 'mean',
    // One factor may lack one statement; more open than that and its score says too little.
    maxMissing: 3,
    subscales: [
      { key: 'integrity', title: { nl: 'Betrouwbaarheid', en: 'Integrity' }, maxMissing: 1 },
      { key: 'ability', title: { nl: 'Bekwaamheid', en: 'Ability' }, maxMissing: 1 },
      { key: 'benevolence', title: { nl: 'Welwillendheid', en: 'Benevolence' }, maxMissing: 1 },
      { key: 'openness', title: { nl: 'Openheid', en: 'Openness' }, maxMissing: 1 },
    ],
  },
};

/** The same items for the person themselves, in the first person. */
export const trust360SelfTexts: Readonly<Record<string, LocalizedText>> = {
  i1: { nl: 'Ik doe wat ik heb toegezegd.', en: 'I do what I said I would do.' },
  i2: { nl: 'Ik ben eerlijk, ook als dat lastig is.', en: 'I am honest, even when that is difficult.' },
  i3: { nl: 'Ik handel naar de waarden die ik uitspreek.', en: 'I act on the values I speak of.' },
  a1: { nl: 'Ik ken mijn vak goed.', en: 'I know my work well.' },
  a2: { nl: 'Anderen kunnen erop rekenen dat ik goed werk lever.', en: 'Others can count on me to do good work.' },
  a3: { nl: 'Ik neem verstandige beslissingen.', en: 'I make sound decisions.' },
  b1: { nl: 'Ik heb oog voor wat anderen nodig hebben.', en: 'I pay attention to what others need.' },
  b2: { nl: 'Ik kom op voor anderen, ook als het mij zelf niets oplevert.', en: 'I stand up for others, even when there is nothing in it for me.' },
  b3: { nl: 'Anderen merken dat ik het goed met hen voorheb.', en: 'Others notice that I mean well towards them.' },
  o1: { nl: 'Ik deel informatie die anderen nodig hebben.', en: 'I share information that others need.' },
  o2: { nl: 'Ik sta open voor kritiek en andere meningen.', en: 'I am open to criticism and other views.' },
  o3: { nl: 'Ik zeg het eerlijk als ik iets niet weet.', en: 'I say so honestly when I do not know something.' },
};
